package org.marginalia.team.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamMember;
import org.marginalia.team.TeamRepository;

/**
 * {@code ssh:} against a real OpenSSH server (Debian's openssh-server, which ./test.sh installs) that the test
 * starts on 127.0.0.1 with keys it generates; the client is JGit's Apache MINA sshd, reading its keys from the
 * folder {@code marginalia.ssh.dir} names. ECDSA keys, and Ed25519 ones (ssh-keygen's default type; the server shows an
 * Ed25519 host key too, which only that analyst's {@code known_hosts} lists): sshd has Ed25519 from Bouncy Castle 1.86 or
 * later only (see TeamSsh). The server runs {@code git-upload-pack}/{@code git-receive-pack}, as a
 * team's server would; the clone side needs no git program.
 */
class TeamSshTest {

    private static final Path SSHD = Path.of("/usr/sbin/sshd");

    @TempDir
    Path temp;

    private Process server;
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        assertTrue(Files.isExecutable(SSHD), SSHD + " is missing: install Debian's openssh-server (./test.sh does)");
        Path keys = Files.createDirectories(temp.resolve("server"));
        keygen(keys.resolve("host_key"), "ecdsa");
        keygen(keys.resolve("host_key_ed25519"), "ed25519");
        keygen(temp.resolve("ana-keys/id_ecdsa"), "ecdsa");
        keygen(temp.resolve("stranger-keys/id_ecdsa"), "ecdsa");
        keygen(temp.resolve("ed25519-keys/id_ed25519"), "ed25519");
        Files.writeString(keys.resolve("authorized_keys"),
                Files.readString(temp.resolve("ana-keys/id_ecdsa.pub")) + Files.readString(temp.resolve("ed25519-keys/id_ed25519.pub")));
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String knownHosts = "[127.0.0.1]:" + port + " " + Files.readString(keys.resolve("host_key.pub"));
        Files.writeString(temp.resolve("ana-keys/known_hosts"), knownHosts);
        Files.writeString(temp.resolve("stranger-keys/known_hosts"), knownHosts);
        Files.writeString(temp.resolve("ed25519-keys/known_hosts"), "[127.0.0.1]:" + port + " " + Files.readString(keys.resolve("host_key_ed25519.pub")));
        Files.writeString(keys.resolve("sshd_config"), String.join("\n", "Port " + port, "ListenAddress 127.0.0.1",
                "HostKey " + keys.resolve("host_key"), "HostKey " + keys.resolve("host_key_ed25519"), "PidFile " + keys.resolve("sshd.pid"), "AuthorizedKeysFile " + keys.resolve("authorized_keys"),
                "PubkeyAuthentication yes", "PasswordAuthentication no", "KbdInteractiveAuthentication no", "PermitRootLogin prohibit-password",
                "StrictModes no", "UsePAM no", ""));
        if ("root".equals(System.getProperty("user.name"))) {
            Files.createDirectories(Path.of("/run/sshd")); // the privilege separation folder sshd insists on as root
        }
        server = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", keys.resolve("sshd_config").toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("sshd.log").toFile()).start();
        Instant deadline = Instant.now().plusSeconds(20);
        while (!listening()) {
            assertTrue(server.isAlive() && Instant.now().isBefore(deadline), "sshd did not start: " + Files.readString(temp.resolve("sshd.log")));
            Thread.sleep(50);
        }
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        System.clearProperty("marginalia.ssh.dir");
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void anAnalystClonesAndSyncsOverSsh() throws Exception {
        TeamFixture team = new TeamFixture(temp.resolve("team"));
        System.setProperty("marginalia.ssh.dir", temp.resolve("ana-keys").toString());
        Path ana = temp.resolve("ana");
        TeamRepository.cloneFrom(url(team), ana, new TeamMember("ana", false)).close();
        team.tag(ana, "ana", TeamFixture.DOCUMENTS[2]);

        SyncResult result = TeamFixture.sync(ana);

        assertTrue(result.pushed(), result.notPushedBecause() + "\n" + Files.readString(temp.resolve("sshd.log")));
        assertNotNull(team.inRemote("annotations/ana/" + TeamFixture.DOCUMENTS[2] + ".xmi"));
    }

    @Test
    void anAnalystWithAnEd25519KeyClonesAndSyncsOverSsh() throws Exception {
        TeamFixture team = new TeamFixture(temp.resolve("team"));
        System.setProperty("marginalia.ssh.dir", temp.resolve("ed25519-keys").toString());
        Path ana = temp.resolve("ana");
        TeamRepository.cloneFrom(url(team), ana, new TeamMember("ana", false)).close();
        team.tag(ana, "ana", TeamFixture.DOCUMENTS[2]);

        SyncResult result = TeamFixture.sync(ana);

        assertTrue(result.pushed(), result.notPushedBecause() + "\n" + Files.readString(temp.resolve("sshd.log")));
        assertNotNull(team.inRemote("annotations/ana/" + TeamFixture.DOCUMENTS[2] + ".xmi"));
    }

    @Test
    void aWrongKeyFailsWithinSecondsWithAMessage() throws Exception {
        TeamFixture team = new TeamFixture(temp.resolve("team"));
        System.setProperty("marginalia.ssh.dir", temp.resolve("stranger-keys").toString());
        Instant start = Instant.now();
        CorpusException refused = assertThrows(CorpusException.class,
                () -> TeamRepository.cloneFrom(url(team), temp.resolve("stranger"), new TeamMember("ana", false)));
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.toSeconds() < 15, "refused after " + took);
        assertTrue(refused.getMessage().contains("could not be cloned") && refused.getMessage().toLowerCase().contains("auth"),
                refused.getMessage());
    }

    @Test
    void anUnknownServerIsRefusedWithAMessage() throws Exception {
        TeamFixture team = new TeamFixture(temp.resolve("team"));
        Path keys = Files.createDirectories(temp.resolve("new-laptop"));
        Files.copy(temp.resolve("ana-keys/id_ecdsa"), keys.resolve("id_ecdsa"));
        System.setProperty("marginalia.ssh.dir", keys.toString()); // the right key, but no known_hosts
        Instant start = Instant.now();
        CorpusException refused = assertThrows(CorpusException.class,
                () -> TeamRepository.cloneFrom(url(team), temp.resolve("ana"), new TeamMember("ana", false)));
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 15);
        assertTrue(refused.getMessage().contains("could not be cloned") && refused.getMessage().contains("127.0.0.1"), refused.getMessage());
    }

    private String url(TeamFixture team) {
        return "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + port + team.remote.toAbsolutePath();
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void keygen(Path key, String type) throws Exception {
        Files.createDirectories(key.getParent());
        Process keygen = new ProcessBuilder(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-f", key.toString())).redirectErrorStream(true)
                .start();
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS) && keygen.exitValue() == 0, new String(keygen.getInputStream().readAllBytes()));
    }
}
