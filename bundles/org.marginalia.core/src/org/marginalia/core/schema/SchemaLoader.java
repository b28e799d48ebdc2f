package org.marginalia.core.schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.marginalia.core.corpus.ConfinedFolder;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusResources;

/**
 * Reads a corpus's schema file and, if it passes {@link SchemaRules}, registers it in the corpus's resource set
 * before any annotation file is read: EMF then makes the custom kinds' annotations, and never follows a
 * schemaLocation of an annotation file to some other schema (a registered package wins).
 */
public final class SchemaLoader {

    private SchemaLoader() {
    }

    /** Reads and checks the schema in {@code file}: its package, or an exception naming the file and every problem. */
    public static EPackage read(ConfinedFolder folder, Path file) throws CorpusException {
        List<CorpusProblem> problems = new ArrayList<>();
        ResourceSet separate = CorpusResources.newResourceSet(folder);
        Resource resource = CorpusResources.load(separate, folder, file, problems);
        if (!(resource.getContents().get(0) instanceof EPackage schema)) {
            throw new CorpusException(new CorpusProblem(file, "holds a " + resource.getContents().get(0).eClass().getName() + ", not an Ecore package (a schema)"));
        }
        for (String problem : SchemaRules.check(schema)) {
            problems.add(new CorpusProblem(file, "schema", problem));
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        keepUnansweredApart(schema);
        return schema;
    }

    /** Registers {@code schema} for the annotation files of {@code corpusResources}. */
    public static void register(ResourceSet corpusResources, EPackage schema) {
        corpusResources.getPackageRegistry().put(schema.getNsURI(), schema);
    }

    /**
     * An attribute equal to its default is not saved unless it is unsettable, so a tag set's first value would
     * read back as "not answered": every schema attribute is made unsettable before any annotation exists (also by
     * the importers, whose schemas make annotations before any corpus loads them).
     */
    public static void keepUnansweredApart(EPackage schema) {
        for (EClassifier classifier : schema.getEClassifiers()) {
            if (classifier instanceof EClass kind) {
                for (EStructuralFeature feature : kind.getEStructuralFeatures()) {
                    if (feature instanceof EAttribute attribute) {
                        attribute.setUnsettable(true);
                    }
                }
            }
        }
    }
}
