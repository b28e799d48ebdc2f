package org.marginalia.core.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * How EMF may follow a reference from one corpus file to another: only to a regular file inside the corpus
 * folder, read with the same limits as every corpus file. A reference to anything else (another folder, a
 * web address, an archive) is refused; the referring object stays an unresolved proxy and is reported. With
 * no folder, nothing is followed at all (for resource sets that only write).
 */
final class ConfinedUriHandler extends URIHandlerImpl {

    private final ConfinedFolder folder;
    private final FileVersions versions;

    ConfinedUriHandler(ConfinedFolder folder, FileVersions versions) {
        this.folder = folder;
        this.versions = versions;
    }

    @Override
    public boolean canHandle(URI uri) {
        return true;
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        Path file = fileOf(uri);
        try {
            byte[] bytes = folder.read(file, ConfinedFolder.XML_LIMIT);
            versions.seen(uri, bytes);
            return new ByteArrayInputStream(bytes);
        } catch (CorpusException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("Marginalia writes corpus files only through its own checked save, not to " + uri);
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("Marginalia does not delete " + uri);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        try {
            Path file = fileOf(uri);
            return folder.contains(file) && Files.isRegularFile(file);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return Map.of();
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        throw new IOException("Marginalia does not change attributes of " + uri);
    }

    private Path fileOf(URI uri) throws IOException {
        if (folder == null) {
            throw new IOException("refers to " + uri + ", which is not read: references are followed only inside a corpus folder");
        }
        if (!uri.isFile() || uri.toFileString() == null) {
            throw new IOException("refers to " + uri + ", outside the corpus folder " + folder.root() + "; it is not read");
        }
        return Path.of(uri.toFileString());
    }
}
