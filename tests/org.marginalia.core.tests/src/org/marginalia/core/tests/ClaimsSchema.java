package org.marginalia.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A team's schema as they would write it by hand (or in Eclipse's Ecore editor): claims with a stance and a
 * source, events with a type, date and place, and two relation kinds, one of them between documents.
 */
public final class ClaimsSchema {

    public static final String ECORE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="claims" nsURI="http://example.org/schema/claims" nsPrefix="claims">
              <eClassifiers xsi:type="ecore:EEnum" name="Stance">
                <eLiterals name="supports"/>
                <eLiterals name="refutes" value="1"/>
                <eLiterals name="neutral" value="2"/>
              </eClassifiers>
              <eClassifiers xsi:type="ecore:EEnum" name="EventType">
                <eLiterals name="meeting"/>
                <eLiterals name="attack" value="1"/>
                <eLiterals name="announcement" value="2"/>
              </eClassifiers>
              <eClassifiers xsi:type="ecore:EClass" name="Claim" eSuperTypes="http://marginalia.org/model/1.0#//CustomSpan">
                <eAnnotations source="http://marginalia.org/schema">
                  <details key="color" value="#f4c2c2"/>
                  <details key="key" value="C"/>
                  <details key="description" value="A statement presented as true by its source; tag the whole clause."/>
                </eAnnotations>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="stance" lowerBound="1" eType="#//Stance"/>
                <eStructuralFeatures xsi:type="ecore:EReference" name="source" eType="ecore:EClass http://marginalia.org/model/1.0#//Entity"/>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="keywords" upperBound="-1" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EString"/>
              </eClassifiers>
              <eClassifiers xsi:type="ecore:EClass" name="Event" eSuperTypes="http://marginalia.org/model/1.0#//CustomSpan">
                <eAnnotations source="http://marginalia.org/schema">
                  <details key="color" value="#c2d4f4"/>
                  <details key="key" value="V"/>
                  <details key="description" value="Something that happened, with when and where."/>
                </eAnnotations>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="type" eType="#//EventType"/>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="date" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EDate"/>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="casualties" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EInt"/>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="confirmed" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EBoolean"/>
                <eStructuralFeatures xsi:type="ecore:EReference" name="place" eType="ecore:EClass http://marginalia.org/model/1.0#//Entity"/>
              </eClassifiers>
              <eClassifiers xsi:type="ecore:EClass" name="AttributedTo" eSuperTypes="http://marginalia.org/model/1.0#//Relation">
                <eAnnotations source="http://marginalia.org/schema">
                  <details key="governorKinds" value="Claim Quote"/>
                  <details key="dependentKinds" value="EntityMention"/>
                </eAnnotations>
              </eClassifiers>
              <eClassifiers xsi:type="ecore:EClass" name="Contradicts" eSuperTypes="http://marginalia.org/model/1.0#//Relation">
                <eAnnotations source="http://marginalia.org/schema">
                  <details key="governorKinds" value="Claim"/>
                  <details key="dependentKinds" value="Claim"/>
                  <details key="description" value="The governor claim says the opposite of the dependent one, possibly in another document."/>
                </eAnnotations>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="certain" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EBoolean"/>
              </eClassifiers>
            </ecore:EPackage>
            """;

    private ClaimsSchema() {
    }

    public static Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, ECORE);
    }

    public static Path write(Path file, String ecore) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, ecore);
    }
}
