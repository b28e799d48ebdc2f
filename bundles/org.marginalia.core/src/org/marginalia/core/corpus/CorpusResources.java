package org.marginalia.core.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.FileChangedException;
import org.marginalia.core.io.FolderLock;
import org.marginalia.core.io.SafeXml;
import org.marginalia.core.io.TextHash;
import org.marginalia.model.MarginaliaPackage;
import org.xml.sax.SAXException;

/**
 * EMF resources of a corpus, configured the same way for every XML file, referenced ones included: the
 * Marginalia package without relying on the global registry (so it works the same in OSGi, in tests and
 * on the command line), the safe parser options, references followed only inside the corpus folder, and
 * saves that are atomic and refuse to overwrite a file someone else changed since it was read.
 */
public final class CorpusResources {

    private CorpusResources() {
    }

    /** A resource set for a corpus folder: references between files resolve only inside {@code corpus}. */
    public static ResourceSet newResourceSet(ConfinedFolder corpus) {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(MarginaliaPackage.eNS_URI, MarginaliaPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                new XMIResourceFactoryImpl());
        set.getLoadOptions().putAll(SafeXml.loadOptions());
        URIConverter converter = set.getURIConverter();
        converter.getURIHandlers().clear();
        converter.getURIHandlers().add(new ConfinedUriHandler(corpus, FileVersions.of(set)));
        return set;
    }

    /** A resource set that only writes (exports, copies): it follows no reference to any file. */
    public static ResourceSet newResourceSet() {
        return newResourceSet(null);
    }

    /** The URI EMF uses for a file: absolute and normalised, so that relative references between files match. */
    public static URI uriOf(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    /**
     * Loads one XML file of {@code folder} with the safe options and limits. A file that is not well-formed XML,
     * declares a DTD or holds no Marginalia content is refused as a whole; errors inside well-formed content
     * (an unknown attribute, a dangling reference) are added to {@code problems} and the rest of the file is kept.
     */
    public static Resource load(ResourceSet set, ConfinedFolder folder, Path file, List<CorpusProblem> problems) throws CorpusException {
        byte[] bytes = folder.read(file, ConfinedFolder.XML_LIMIT);
        FileVersions.of(set).seen(uriOf(file), bytes);
        return load(set, file, bytes, problems);
    }

    /**
     * As {@link #load(ResourceSet, ConfinedFolder, Path, List)}, for the bytes of a file read elsewhere (an earlier
     * version from a repository's history), loaded as the resource of {@code file}, which problems name.
     */
    public static Resource load(ResourceSet set, Path file, byte[] bytes, List<CorpusProblem> problems) throws CorpusException {
        Resource resource = set.createResource(uriOf(file));
        try {
            resource.load(new ByteArrayInputStream(bytes), set.getLoadOptions());
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
        reportUnknownContent(resource, file, problems);
        return resource;
    }

    /** Content kept aside because no class or attribute of the model or the schema matches it: said, never dropped. */
    private static void reportUnknownContent(Resource resource, Path file, List<CorpusProblem> problems) {
        if (!(resource instanceof XMLResource xml) || xml.getEObjectToExtensionMap().isEmpty()) {
            return;
        }
        Set<String> names = new TreeSet<>();
        for (AnyType unknown : xml.getEObjectToExtensionMap().values()) {
            unknown.getAnyAttribute().forEach(entry -> names.add(entry.getEStructuralFeature().getName()));
            unknown.getAny().forEach(entry -> names.add(entry.getEStructuralFeature().getName()));
        }
        problems.add(new CorpusProblem(file, "holds content the schema does not define (" + String.join(", ", names) + ") on "
                + xml.getEObjectToExtensionMap().size() + " objects; it is kept as it is and written back when the file is saved"));
    }

    /**
     * Saves a resource of a loaded resource set to its file: atomically, under the folder's lock, and only if
     * the file is still what this resource set last read or wrote.
     *
     * @throws FileChangedException if someone else changed, created or deleted the file meanwhile
     */
    public static void save(Resource resource, Path file) throws IOException {
        save(resource, file, FileVersions.of(resource.getResourceSet()), false);
    }

    /**
     * Saves {@code resource} to {@code file}, comparing the file with what {@code versions} last saw of it.
     * {@code overwriteChanges} is the user's explicit choice to replace someone else's version.
     */
    public static void save(Resource resource, Path file, FileVersions versions, boolean overwriteChanges) throws IOException {
        URI uri = uriOf(file);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        resource.save(content, SafeXml.saveOptions());
        byte[] bytes = content.toByteArray();
        try (FolderLock lock = FolderLock.acquire(file.toAbsolutePath().getParent())) {
            if (!overwriteChanges) {
                checkUnchanged(file, versions.expected(uri));
            }
            AtomicFiles.write(file, bytes);
            versions.seen(uri, bytes);
        }
    }

    /**
     * Throws {@link FileChangedException} unless {@code file} is still what {@code versions} last saw of it; the
     * caller holds the file's folder lock, so that the answer stays true until it writes.
     */
    static void checkUnchanged(Path file, FileVersions versions) throws IOException {
        checkUnchanged(file, versions.expected(uriOf(file)));
    }

    private static void checkUnchanged(Path file, Optional<String> expected) throws IOException {
        boolean exists = Files.exists(file);
        if (expected.isEmpty()) {
            if (exists) {
                throw new FileChangedException(file, "was created by someone else");
            }
        } else if (!exists) {
            throw new FileChangedException(file, "was deleted or moved");
        } else if (!expected.get().equals(TextHash.ofFile(file))) {
            throw new FileChangedException(file, "changed");
        }
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
