package org.marginalia.core.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.SafeXml;
import org.marginalia.model.MarginaliaPackage;

/**
 * EMF resources of a corpus: a resource set that knows the Marginalia package without relying on the
 * global registry (so it works the same in OSGi, in tests and on the command line), safe loading, and
 * atomic saving.
 */
public final class CorpusResources {

    private CorpusResources() {
    }

    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(MarginaliaPackage.eNS_URI, MarginaliaPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                new XMIResourceFactoryImpl());
        return set;
    }

    /** Loads one XML file with the safe options; a parse failure becomes a problem naming the file. */
    public static Resource load(ResourceSet set, Path file) throws CorpusException {
        Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, SafeXml.loadOptions());
        } catch (IOException | RuntimeException e) {
            set.getResources().remove(resource);
            throw new CorpusException(new CorpusProblem(file, "cannot be read as a Marginalia file: " + rootMessage(e)), e);
        }
        if (resource.getContents().isEmpty()) {
            set.getResources().remove(resource);
            throw new CorpusException(new CorpusProblem(file, "holds no Marginalia content"));
        }
        return resource;
    }

    /** Saves a resource to its file atomically: the previous version stays intact until the new one is complete. */
    public static void save(Resource resource, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, SafeXml.saveOptions());
        AtomicFiles.write(file, bytes.toByteArray());
    }

    public static <T extends EObject> T root(Resource resource, Class<T> type, Path file) throws CorpusException {
        EObject root = resource.getContents().get(0);
        if (!type.isInstance(root)) {
            throw new CorpusException(new CorpusProblem(file, "holds a " + root.eClass().getName() + ", expected a " + type.getSimpleName()));
        }
        return type.cast(root);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
