package org.marginalia.team;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.URIish;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusLayout;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.FolderLock;

/**
 * A corpus folder that is a Git repository, worked on by one member of a team ({@link TeamMember}). Made by
 * {@link #init} from a corpus folder or by {@link #cloneFrom} from the team's shared repository; JGit does all
 * the work, no {@code git} program is needed.
 */
public final class TeamRepository implements AutoCloseable {

    static final String GITIGNORE = ".gitignore";
    static final String REMOTE = Constants.DEFAULT_REMOTE_NAME;
    static final String INITIAL_BRANCH = "main";
    /** What never leaves a machine: the folders' lock files and the temporary files of unfinished saves. */
    private static final List<String> IGNORED = List.of(FolderLock.FILE_NAME, ".*.tmp");

    private final Git git;
    private final CorpusLayout layout;

    private TeamRepository(Git git, CorpusLayout layout) {
        this.git = git;
        this.layout = layout;
    }

    /** Opens a corpus folder that {@link #init} or {@link #cloneFrom} made a repository. */
    public static TeamRepository open(Path corpus) throws CorpusException {
        CorpusLayout layout = layoutOf(corpus);
        try {
            Repository repository = new FileRepositoryBuilder().setWorkTree(layout.root().toFile())
                    .setGitDir(layout.root().resolve(Constants.DOT_GIT).toFile()).setMustExist(true).build();
            return new TeamRepository(new Git(repository, true), layout);
        } catch (RepositoryNotFoundException e) {
            throw problem(layout.root(), "is not shared with a team yet (no Git repository): run 'marginalia team init' or 'team clone'");
        } catch (IOException e) {
            throw problem(layout.root().resolve(Constants.DOT_GIT), "cannot be read as a Git repository: " + e.getMessage());
        }
    }

    /**
     * Makes a corpus folder a repository whose first commit holds the whole corpus as it is. With a remote, that
     * commit is pushed there; a remote that is a local path which does not exist yet is made (a bare repository,
     * as on a shared drive). A remote that cannot be reached now is named in the result, and the first sync
     * pushes.
     *
     * @param member the analyst working in this folder, or null to name one later with {@link #setMember}
     */
    public static InitResult init(Path corpus, String remote, TeamMember member) throws CorpusException {
        CorpusLayout layout = layoutOf(corpus);
        if (!layout.isCorpus()) {
            throw problem(layout.description(), "not found: " + corpus + " is not a Marginalia corpus folder");
        }
        if (Files.exists(layout.root().resolve(Constants.DOT_GIT))) {
            throw problem(layout.root(), "is a Git repository already; 'marginalia team sync' works in it");
        }
        try {
            writeIgnoreList(layout.root());
            Git git = Git.init().setDirectory(layout.root().toFile()).setInitialBranch(INITIAL_BRANCH).call();
            TeamRepository repository = new TeamRepository(git, layout);
            if (member != null) {
                repository.setMember(member);
            }
            git.add().addFilepattern(".").call();
            PersonIdent author = TeamSync.identity(member == null ? "marginalia" : member.analystId());
            git.commit().setMessage("Corpus shared with the team").setAuthor(author).setCommitter(author).setSign(false).call();
            if (remote == null) {
                return new InitResult(repository, false, null);
            }
            repository.addRemote(remote);
            String pushProblem = TeamRemote.pushFirst(repository);
            return new InitResult(repository, pushProblem == null, pushProblem);
        } catch (GitAPIException | IOException | URISyntaxException e) {
            throw problem(layout.root(), "could not be made a Git repository: " + e.getMessage());
        }
    }

    /** What {@link #init} did: the repository, and whether the first commit reached the remote (and if not, why). */
    public record InitResult(TeamRepository repository, boolean pushed, String pushProblem) {
    }

    /** Clones the team's repository into {@code corpus} (a new or empty folder) for {@code member}. */
    public static TeamRepository cloneFrom(String url, Path corpus, TeamMember member) throws CorpusException {
        CorpusLayout layout = layoutOf(corpus);
        boolean existed = Files.exists(layout.root());
        if (existed && !isEmptyFolder(layout.root())) {
            throw problem(layout.root(), "exists and is not empty: clone into a new folder");
        }
        try {
            Git git = TeamRemote.configure(Git.cloneRepository().setURI(url).setDirectory(layout.root().toFile()).setRemote(REMOTE)).call();
            TeamRepository repository = new TeamRepository(git, layout);
            if (!layout.isCorpus()) {
                repository.close();
                removeClone(layout.root(), existed);
                throw problem(layout.description(), "not found: the repository at " + url + " holds no Marginalia corpus (yet)");
            }
            repository.setMember(member);
            return repository;
        } catch (GitAPIException e) {
            removeClone(layout.root(), existed);
            throw problem(layout.root(), "could not be cloned from " + url + ": " + TeamRemote.explain(e));
        } catch (IOException e) {
            throw problem(layout.root(), "could not be set up for " + member.analystId() + ": " + e.getMessage());
        }
    }

    /** Who works in this clone, as its configuration says. */
    public TeamMember member() throws CorpusException {
        TeamMember member = TeamMember.readFrom(repository().getConfig());
        if (member == null) {
            throw problem(layout.root().resolve(Constants.DOT_GIT).resolve(Constants.CONFIG),
                    "names no analyst for this clone: clone it with 'marginalia team clone --analyst ID', or run"
                            + " 'marginalia team init' again on a fresh copy with --analyst");
        }
        return member;
    }

    public void setMember(TeamMember member) throws IOException {
        StoredConfig config = repository().getConfig();
        member.writeTo(config);
        config.save();
    }

    /** The address of the team's shared repository, if this clone has one. */
    public Optional<String> remoteUrl() {
        return Optional.ofNullable(repository().getConfig().getString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, ConfigConstants.CONFIG_KEY_URL));
    }

    public CorpusLayout layout() {
        return layout;
    }

    Git git() {
        return git;
    }

    Repository repository() {
        return git.getRepository();
    }

    String branch() throws IOException {
        return repository().getBranch();
    }

    /** Where the last fetch saw the team's branch, or null before anything was fetched or pushed. */
    ObjectId remoteHead() throws IOException {
        return repository().resolve(Constants.R_REMOTES + REMOTE + "/" + branch());
    }

    ObjectId head() throws IOException {
        return repository().resolve(Constants.HEAD);
    }

    private void addRemote(String remote) throws IOException, GitAPIException, URISyntaxException {
        String url = TeamRemote.prepareLocal(remote);
        git.remoteAdd().setName(REMOTE).setUri(new URIish(url)).call();
        StoredConfig config = repository().getConfig();
        config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch(), ConfigConstants.CONFIG_KEY_REMOTE, REMOTE);
        config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch(), ConfigConstants.CONFIG_KEY_MERGE, Constants.R_HEADS + branch());
        config.save();
    }

    /** Keeps an existing ignore list, adding the lines Marginalia needs that it lacks. */
    private static void writeIgnoreList(Path root) throws IOException {
        Path file = root.resolve(GITIGNORE);
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : new ArrayList<>();
        boolean missing = false;
        for (String pattern : IGNORED) {
            if (!lines.contains(pattern)) {
                lines.add(pattern);
                missing = true;
            }
        }
        if (missing) {
            AtomicFiles.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static CorpusLayout layoutOf(Path corpus) {
        return new CorpusLayout(corpus.toAbsolutePath().normalize());
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** A failed clone leaves the folder as it found it: gone if it made it, empty if it was empty. */
    private static void removeClone(Path root, boolean existed) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (existed && file.equals(root)) {
                    continue;
                }
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Nothing of the corpus was there before; what is left is a partial clone the next try refuses to overwrite.
        }
    }

    static CorpusException problem(Path file, String message) {
        return new CorpusException(new CorpusProblem(file, message));
    }

    @Override
    public void close() {
        git.close();
    }
}
