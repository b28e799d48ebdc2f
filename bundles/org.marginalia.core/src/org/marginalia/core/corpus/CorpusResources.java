package org.marginalia.core.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.SafeXml;
import org.marginalia.model.MarginaliaPackage;
import org.xml.sax.SAXException;

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

    /** The URI EMF uses for a file: absolute and normalised, so that relative references between files match. */
    public static URI uriOf(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    /**
     * Loads one XML file with the safe options. A file that is not well-formed XML, declares a DTD or holds no
     * Marginalia content is refused as a whole; errors inside well-formed content (an unknown attribute, a
     * dangling reference) are added to {@code problems} and the rest of the file is kept.
     */
    public static Resource load(ResourceSet set, Path file, List<CorpusProblem> problems) throws CorpusException {
        Resource resource = set.createResource(uriOf(file));
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, SafeXml.loadOptions());
        } catch (IOException | RuntimeException e) {
            if (isFatal(e) || resource.getContents().isEmpty()) {
                set.getResources().remove(resource);
                throw new CorpusException(new CorpusProblem(file, "cannot be read as a Marginalia file: " + rootMessage(e)), e);
            }
            for (Resource.Diagnostic error : resource.getErrors()) {
                problems.add(new CorpusProblem(file, "line " + error.getLine(), error.getMessage()));
            }
        }
        if (resource.getContents().isEmpty()) {
            set.getResources().remove(resource);
            throw new CorpusException(new CorpusProblem(file, "holds no Marginalia content"));
        }
        return resource;
    }

    /** Saves a resource to its file atomically: the previous version stays intact until the new one is complete. */
    public static void save(Resource resource, Path file) throws IOException {
        AtomicFiles.write(file, out -> resource.save(out, SafeXml.saveOptions()));
    }

    public static <T extends EObject> T root(Resource resource, Class<T> type, Path file) throws CorpusException {
        EObject root = resource.getContents().get(0);
        if (!type.isInstance(root)) {
            throw new CorpusException(new CorpusProblem(file, "holds a " + root.eClass().getName() + ", expected a " + type.getSimpleName()));
        }
        return type.cast(root);
    }

    /** Not well-formed, or refused by the parser (a DTD, an entity): nothing of the file can be trusted. */
    private static boolean isFatal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
