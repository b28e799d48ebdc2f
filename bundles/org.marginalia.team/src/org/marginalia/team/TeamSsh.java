package org.marginalia.team;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * {@code ssh:} remotes through JGit's Apache MINA sshd client, set on each command rather than found by Java's
 * service loader, which does not see across OSGi bundles. Keys, {@code known_hosts} and {@code config} come from
 * {@code ~/.ssh}, or from the folder {@value #DIRECTORY_VARIABLE} (or the Java property {@value #DIRECTORY_PROPERTY})
 * names. An unknown host or a refused key fails at once with sshd's message: no command asks questions.
 * <p>
 * Keys: RSA and ECDSA. Ed25519 keys are refused in the OSGi runtime ("EdDSA provider not supported": sshd does not
 * find Bouncy Castle's EdDSA there, although it does on a plain class path).
 */
final class TeamSsh {

    static final String DIRECTORY_VARIABLE = "MARGINALIA_SSH_DIR";
    static final String DIRECTORY_PROPERTY = "marginalia.ssh.dir";

    /** One factory per folder of keys: it caches the keys it has read and the connections it keeps. */
    private static final Map<Path, SshdSessionFactory> FACTORIES = new ConcurrentHashMap<>();

    private TeamSsh() {
    }

    static void configure(TransportCommand<?, ?> command) {
        command.setTransportConfigCallback(transport -> {
            if (transport instanceof SshTransport ssh) {
                ssh.setSshSessionFactory(factory());
            }
        });
    }

    private static SshdSessionFactory factory() {
        String named = System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_VARIABLE));
        Path directory = named != null ? Path.of(named) : Path.of(System.getProperty("user.home"), ".ssh");
        return FACTORIES.computeIfAbsent(directory.toAbsolutePath().normalize(), folder -> {
            File home = folder.getParent() == null ? folder.toFile() : folder.getParent().toFile();
            return new SshdSessionFactoryBuilder().setHomeDirectory(home).setSshDirectory(folder.toFile()).build(new JGitKeyCache());
        });
    }
}
