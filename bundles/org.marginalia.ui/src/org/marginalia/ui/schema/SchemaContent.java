package org.marginalia.ui.schema;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** The schema as a tree: its kinds with their attributes, its tag sets with their values, in the file's order. */
final class SchemaContent implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return ((EPackage) input).getEClassifiers().toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof EClass kind) {
            return kind.getEStructuralFeatures().toArray();
        }
        if (parent instanceof EEnum tagSet) {
            return tagSet.getELiterals().toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof org.eclipse.emf.ecore.EObject object ? object.eContainer() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }
}
