package org.marginalia.team.tests;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.team.TeamSync;

/**
 * Starts a separate Java process running a main class of this bundle, with what a sync needs on a plain class
 * path (EMF and JGit run without OSGi): another member's program, or one to kill in the middle of a sync.
 */
final class ChildJvm {

    /** JGit's own dependencies, found through JGit's class loader (this bundle does not import them). */
    private static final List<String> JGIT_NEEDS = List.of("org.slf4j.LoggerFactory", "com.googlecode.javaewah.EWAHCompressedBitmap",
            "org.apache.commons.codec.digest.DigestUtils");
    /** JGit's ssh client and what it needs, found through that client's class loader. */
    private static final List<String> SSH_NEEDS = List.of("org.apache.sshd.client.SshClient", "org.apache.sshd.sftp.client.SftpClient",
            "org.bouncycastle.jce.provider.BouncyCastleProvider");

    private ChildJvm() {
    }

    static Process start(Class<?> main, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(classPath());
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(ChildJvm.class, TeamSync.class, AnnotationStore.class, MarginaliaPackage.class, EObject.class, URI.class,
                XMIResourceFactoryImpl.class, Git.class)) {
            entries.add(locationOf(type).toString());
        }
        entries.add(locationOf(SshdSessionFactory.class).toString());
        JGIT_NEEDS.forEach(name -> entries.add(locationOf(load(Git.class, name)).toString()));
        SSH_NEEDS.forEach(name -> entries.add(locationOf(load(SshdSessionFactory.class, name)).toString()));
        return String.join(File.pathSeparator, entries);
    }

    private static Class<?> load(Class<?> through, String name) {
        try {
            return through.getClassLoader().loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(through.getName() + "'s bundle cannot load " + name, e);
        }
    }

    /** A bundle's jar, or for a bundle built in this reactor its folder's compiled classes. */
    private static Path locationOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path classes = location.resolve("target/classes");
            return Files.isDirectory(location) && Files.isDirectory(classes) ? classes : location;
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot find where " + type.getName() + " is loaded from", e);
        }
    }
}
