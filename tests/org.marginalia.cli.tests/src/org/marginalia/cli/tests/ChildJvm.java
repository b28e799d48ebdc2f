package org.marginalia.cli.tests;

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
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.marginalia.cli.Commands;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.model.MarginaliaPackage;

/**
 * Starts a second, separate Java process running a main class of this bundle, with the bundles Marginalia's
 * command line needs on a plain class path (EMF runs without OSGi): a real other program writing the same
 * corpus, as a colleague's laptop or a second terminal would.
 */
final class ChildJvm {

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
        for (Class<?> type : List.of(ChildJvm.class, Commands.class, AnnotationStore.class, MarginaliaPackage.class, EObject.class, URI.class,
                XMIResourceFactoryImpl.class, AdapterFactoryEditingDomain.class)) {
            entries.add(locationOf(type).toString());
        }
        return String.join(File.pathSeparator, entries);
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
