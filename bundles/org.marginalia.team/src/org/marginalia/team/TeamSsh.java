package org.marginalia.team;

import java.io.File;
import java.nio.file.Path;
import java.security.Security;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
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
 * Keys: Ed25519 (ssh-keygen's default), ECDSA and RSA. sshd 2.20 has Ed25519 from Bouncy Castle only, through
 * imports that are optional and ask for bcprov 1.86 or later; the platform's p2 brings bcprov 1.84 for its own bcpg,
 * and JGit's import accepts 1.84. Without this bundle's import of {@code org.bouncycastle.jce.provider} (1.86 or later)
 * a runtime may hold bcprov 1.84 alone (the tests' did): sshd then sees no Bouncy Castle at all and refuses Ed25519
 * keys and host keys ("EdDSA provider not supported"), although a plain class path, which ignores versions, works.
 * With both bcprov in the runtime, the JCE provider "BC" must come from the one sshd is wired to, or Ed25519 keys fail
 * with a ClassCastException between the two copies' classes: see {@link #registerBouncyCastle()}.
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
        registerBouncyCastle();
        String named = System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_VARIABLE));
        Path directory = named != null ? Path.of(named) : Path.of(System.getProperty("user.home"), ".ssh");
        return FACTORIES.computeIfAbsent(directory.toAbsolutePath().normalize(), folder -> {
            File home = folder.getParent() == null ? folder.toFile() : folder.getParent().toFile();
            return new SshdSessionFactoryBuilder().setHomeDirectory(home).setSshDirectory(folder.toFile()).build(new JGitKeyCache());
        });
    }

    /**
     * sshd uses the JCE provider registered as "BC" when there is one; else it registers one itself, loading the class
     * through the thread's context class loader first, which may see the platform's bcprov 1.84. This bundle's import,
     * like sshd's, wires only to bcprov 1.86 or later, so registering from here, before sshd first looks, settles it.
     */
    private static synchronized void registerBouncyCastle() {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }
}
