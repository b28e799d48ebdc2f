package org.marginalia.team.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PackedRefsTrait;
import org.eclipse.jgit.lib.PackedRefsWriter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A team's repository behind HTTP basic authentication on 127.0.0.1, as a hosting service would put it behind
 * https: (without TLS, which changes nothing of how credentials are asked for and refused). Git's "dumb" HTTP
 * protocol: the bare repository's files, served as they are, which JGit clones and fetches from; call
 * {@link #refresh()} after pushing to the repository by its path. The password can change while it runs, as a
 * revoked token does.
 */
public final class BasicAuthGitServer implements AutoCloseable {

    private final Path repository;
    private final HttpServer server;
    private final String user;
    private volatile String password;

    /** Serves the bare {@code repository} to {@code user} with {@code password}. */
    public BasicAuthGitServer(Path repository, String user, String password) throws IOException {
        this.repository = repository.toAbsolutePath().normalize();
        this.user = user;
        this.password = password;
        refresh();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HttpContext context = server.createContext("/" + repository.getFileName() + "/", this::serve);
        context.setAuthenticator(new BasicAuthenticator("marginalia team") {
            @Override
            public boolean checkCredentials(String givenUser, String givenPassword) {
                return BasicAuthGitServer.this.user.equals(givenUser) && BasicAuthGitServer.this.password.equals(givenPassword);
            }
        });
        server.start();
    }

    /** The repository's address: {@code http://127.0.0.1:PORT/team.git}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + repository.getFileName();
    }

    public void changePassword(String newPassword) {
        password = newPassword;
    }

    /**
     * What {@code git update-server-info} writes, for a dumb client to find the refs and packs: {@code info/refs}
     * and {@code objects/info/packs}.
     */
    public void refresh() throws IOException {
        try (Repository bare = new FileRepositoryBuilder().setGitDir(repository.toFile()).setMustExist(true).build()) {
            new PackedRefsWriter(bare.getRefDatabase().getRefs(), EnumSet.noneOf(PackedRefsTrait.class), bare.getRefDatabase()) {
                @Override
                protected void writeFile(String file, byte[] content) throws IOException {
                    Path target = repository.resolve(file);
                    Files.createDirectories(target.getParent());
                    Files.write(target, content);
                }
            }.writeInfoRefs();
        }
        StringBuilder packs = new StringBuilder();
        Path packFolder = repository.resolve("objects/pack");
        if (Files.isDirectory(packFolder)) {
            try (Stream<Path> files = Files.list(packFolder)) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".pack")).sorted()
                        .forEach(name -> packs.append("P ").append(name).append('\n'));
            }
        }
        packs.append('\n');
        Path packsFile = repository.resolve("objects/info/packs");
        Files.createDirectories(packsFile.getParent());
        Files.writeString(packsFile, packs, StandardCharsets.UTF_8);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String relative = exchange.getRequestURI().getPath().substring(("/" + repository.getFileName() + "/").length());
            Path file = repository.resolve(relative).normalize();
            if (!"GET".equals(exchange.getRequestMethod()) || !file.startsWith(repository) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] content = Files.readAllBytes(file);
            // Plain text: a smart client's "info/refs?service=..." then sees a dumb server and falls back.
            exchange.getResponseHeaders().set("Content-Type", relative.equals(Constants.INFO_REFS) ? "text/plain" : "application/octet-stream");
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(content);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
