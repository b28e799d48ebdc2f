package org.marginalia.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.team.ConflictResolution;
import org.marginalia.team.MergeConflict;
import org.marginalia.team.OpenConflicts;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamLog;
import org.marginalia.team.TeamMember;
import org.marginalia.team.TeamPaths;
import org.marginalia.team.TeamRepository;
import org.marginalia.team.TeamStatus;
import org.marginalia.team.TeamSync;

/**
 * {@code team init|clone|sync|status|log|conflicts|resolve}: a team shares one corpus through a Git repository, each analyst in a
 * clone of their own (see the README's "Working as a team").
 */
final class TeamCommand implements Commands.Command {

    private static final List<String> ACTIONS = List.of("init", "clone", "sync", "status", "log", "conflicts", "resolve");

    @Override
    public String summary() {
        return "share a corpus with a team through Git: init, clone, sync, status, log, conflicts, resolve";
    }

    @Override
    public String usage() {
        return """
                usage: marginalia team init --corpus DIR [--remote URL] [--analyst ID [--reviewer]]
                       marginalia team clone --from URL --corpus DIR --analyst ID [--reviewer]
                       marginalia team sync --corpus DIR [--json]
                       marginalia team status --corpus DIR [--json] [--offline]
                       marginalia team log --corpus DIR [--document ID]
                       marginalia team conflicts --corpus DIR [--json]
                       marginalia team resolve --corpus DIR --conflict N --keep yours|theirs
                  init    makes a corpus folder a Git repository and pushes it to URL (a local path that does not
                          exist yet becomes a bare repository there, as on a shared drive)
                  clone   takes a copy for one analyst, kept in the clone's own Git configuration; --reviewer lets
                          that clone's syncs commit curated/
                  sync    commits the analyst's own changed files, fetches, merges and pushes; offline it commits
                          here and the next sync pushes; exit code 3 when conflicts wait for a choice
                  status  the analyst's unsent work, colleagues' new work (asks the remote unless --offline),
                          changes here to files that are not the analyst's, and the open conflicts
                  log     who changed which set when, newest first
                  conflicts  what syncs merged two ways and kept both sides of, not chosen yet, numbered
                  resolve    keeps one side of conflict N and writes it into the corpus; the next sync sends it
                  URLs: a path, file:, ssh: (keys from ~/.ssh) or https: (MARGINALIA_GIT_USERNAME and
                  MARGINALIA_GIT_PASSWORD from the environment)""";
    }

    /** The action word comes before the options. */
    @Override
    public void run(String[] args, PrintStream out) throws CorpusException, UsageException, ConflictsOpenException {
        if (args.length == 0 || args[0].startsWith("--")) {
            run(Options.parse(args), out);
            return;
        }
        if (!ACTIONS.contains(args[0])) {
            throw new UsageException("unknown action '" + args[0] + "'; one of " + String.join(", ", ACTIONS));
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "init" -> init(options, out);
            case "clone" -> cloneFrom(options, out);
            case "sync" -> sync(options, out);
            case "status" -> status(options, out);
            case "conflicts" -> conflicts(options, out);
            case "resolve" -> resolve(options, out);
            default -> log(options, out);
        }
    }

    /** Options without an action word before them: said to be a usage error. */
    @Override
    public void run(Options options, PrintStream out) throws UsageException {
        throw new UsageException("name what to do: " + String.join(", ", ACTIONS));
    }

    private static void init(Options options, PrintStream out) throws CorpusException, UsageException {
        Path corpus = options.requiredPath("corpus");
        String remote = options.optional("remote", null);
        String analyst = options.optional("analyst", null);
        boolean reviewer = options.flag("reviewer");
        options.rejectUnknown();
        if (reviewer && analyst == null) {
            throw new UsageException("--reviewer names a role of the analyst: give --analyst too");
        }
        TeamRepository.InitResult result = TeamRepository.init(corpus, remote, analyst == null ? null : member(analyst, reviewer));
        try (TeamRepository repository = result.repository()) {
            out.println(corpus + " is a Git repository now" + (analyst == null ? "" : ", worked on by " + analyst));
            if (remote != null) {
                out.println(result.pushed() ? "pushed to " + repository.remoteUrl().orElse(remote) : "not pushed: " + result.pushProblem());
            }
        }
    }

    private static void cloneFrom(Options options, PrintStream out) throws CorpusException, UsageException {
        String url = options.required("from");
        Path corpus = options.requiredPath("corpus");
        TeamMember member = member(options.required("analyst"), options.flag("reviewer"));
        options.rejectUnknown();
        try (TeamRepository repository = TeamRepository.cloneFrom(url, corpus, member)) {
            out.println("cloned " + url + " into " + corpus + " for " + member.analystId() + (member.reviewer() ? " (reviewer)" : ""));
        }
    }

    /** A sync after which conflicts are open (brought by it or by an earlier one) ends with {@link Commands#CONFLICTS_OPEN}. */
    private static void sync(Options options, PrintStream out) throws CorpusException, UsageException, ConflictsOpenException {
        Path corpus = options.requiredPath("corpus");
        boolean json = options.flag("json");
        options.rejectUnknown();
        SyncResult result;
        List<OpenConflicts.Open> open;
        try (TeamRepository repository = TeamRepository.open(corpus)) {
            result = TeamSync.sync(repository);
            open = OpenConflicts.of(repository);
        }
        printSync(result, json, out);
        if (!open.isEmpty()) {
            throw new ConflictsOpenException(open.size() + (open.size() == 1 ? " conflict waits" : " conflicts wait")
                    + " for your choice; both sides are kept until then: marginalia team conflicts --corpus " + corpus);
        }
    }

    private static void printSync(SyncResult result, boolean json, PrintStream out) {
        if (json) {
            out.println("{\"analyst\":" + JsonText.string(result.analyst()) + ",\"committed\":" + TeamJson.paths(result.committed())
                    + ",\"received\":" + TeamJson.paths(result.received()) + ",\"conflicts\":" + TeamJson.conflicts(result.conflicts())
                    + ",\"leftAlone\":" + TeamJson.paths(result.leftAlone()) + ",\"pushed\":" + result.pushed() + ",\"notPushedBecause\":"
                    + (result.notPushedBecause() == null ? "null" : JsonText.string(result.notPushedBecause())) + "}");
            return;
        }
        out.println(result.committed().isEmpty() ? "nothing of " + result.analyst() + "'s to commit"
                : "committed " + files(result.committed().size()) + " of " + result.analyst() + "'s: " + describe(result.committed()));
        if (!result.received().isEmpty()) {
            out.println("received " + files(result.received().size()) + ": " + describe(result.received()));
        }
        for (MergeConflict conflict : result.conflicts()) {
            out.println("conflict, both sides kept: " + conflict);
        }
        for (String path : result.leftAlone()) {
            out.println("left alone (not " + result.analyst() + "'s to commit): " + path);
        }
        out.println(result.pushed() ? "pushed: the team has your work" : "not pushed: " + result.notPushedBecause());
    }

    private static void status(Options options, PrintStream out) throws CorpusException, UsageException {
        Path corpus = options.requiredPath("corpus");
        boolean json = options.flag("json");
        boolean offline = options.flag("offline");
        options.rejectUnknown();
        TeamStatus status;
        try (TeamRepository repository = TeamRepository.open(corpus)) {
            status = TeamStatus.of(repository, !offline);
        }
        if (json) {
            out.println("{\"analyst\":" + JsonText.string(status.member().analystId()) + ",\"reviewer\":" + status.member().reviewer()
                    + ",\"remote\":" + (status.remote() == null ? "null" : JsonText.string(status.remote())) + ",\"remoteProblem\":"
                    + (status.remoteProblem() == null ? "null" : JsonText.string(status.remoteProblem())) + ",\"ownChanges\":"
                    + TeamJson.paths(status.ownChanges()) + ",\"unsent\":" + TeamJson.paths(status.unsent()) + ",\"colleaguesNew\":"
                    + TeamJson.paths(status.colleaguesNew()) + ",\"othersChanged\":" + TeamJson.paths(status.othersChanged())
                    + ",\"openConflicts\":" + TeamJson.openConflicts(status.openConflicts()) + "}");
            return;
        }
        out.println(status.member().analystId() + (status.member().reviewer() ? " (reviewer)" : "") + " in " + corpus
                + (status.remote() == null ? ", no remote" : ", team repository " + status.remote()));
        if (status.remoteProblem() != null) {
            out.println("the team's repository could not be asked (" + status.remoteProblem() + "); colleagues' work as of the last sync");
        }
        section(out, "your changes, not yet synced", status.ownChanges());
        section(out, "your work committed here, not yet pushed", status.unsent());
        section(out, "colleagues' new work, the next sync brings it", status.colleaguesNew());
        section(out, "changed here but not yours to commit (a sync leaves them alone)", status.othersChanged());
        if (!status.openConflicts().isEmpty()) {
            out.println("conflicts waiting for your choice (marginalia team conflicts lists both sides):");
            status.openConflicts().forEach(open -> out.println("  " + open.number() + ". " + open.conflict()));
        }
    }

    private static void log(Options options, PrintStream out) throws CorpusException, UsageException {
        Path corpus = options.requiredPath("corpus");
        String document = options.optional("document", null);
        options.rejectUnknown();
        List<TeamLog.Entry> entries;
        try (TeamRepository repository = TeamRepository.open(corpus)) {
            entries = TeamLog.of(repository, document);
            if (document != null && entries.isEmpty() && CorpusStore.load(corpus).document(document) == null) {
                throw new CorpusException(new CorpusProblem(repository.layout().description(), "has no document " + document));
            }
        }
        for (TeamLog.Entry entry : entries) {
            out.println(entry.when() + "  " + entry.author() + "  " + entry.commit());
            entry.paths().forEach(path -> out.println("    " + TeamPaths.describe(path)));
            entry.conflicts().forEach(conflict -> out.println("    conflict, both sides kept: " + conflict));
        }
    }

    private static void conflicts(Options options, PrintStream out) throws CorpusException, UsageException {
        Path corpus = options.requiredPath("corpus");
        boolean json = options.flag("json");
        options.rejectUnknown();
        List<OpenConflicts.Open> open;
        try (TeamRepository repository = TeamRepository.open(corpus)) {
            open = OpenConflicts.of(repository);
        }
        if (json) {
            out.println(TeamJson.openConflicts(open));
            return;
        }
        if (open.isEmpty()) {
            out.println("no open conflicts in " + corpus);
            return;
        }
        for (OpenConflicts.Open conflict : open) {
            MergeConflict c = conflict.conflict();
            out.println(conflict.number() + ". " + c.path() + (c.element() == null ? "" : " (" + c.element() + ")"));
            out.println("    yours:   " + c.yours());
            out.println("    theirs:  " + c.theirs());
            out.println("    for now: " + c.kept());
        }
        out.println("choose with: marginalia team resolve --corpus " + corpus + " --conflict N --keep yours|theirs");
    }

    /** A side that is neither, or a conflict that is no number, is a usage error; a number no conflict has, a failure (exit 1). */
    private static void resolve(Options options, PrintStream out) throws CorpusException, UsageException {
        Path corpus = options.requiredPath("corpus");
        String number = options.required("conflict");
        String side = options.required("keep");
        options.rejectUnknown();
        ConflictResolution.Side keep = ConflictResolution.Side.parse(side);
        if (keep == null) {
            throw new UsageException("--keep is 'yours' or 'theirs', not '" + side + "'");
        }
        int conflict;
        try {
            conflict = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new UsageException("--conflict is the number 'team conflicts' shows, not '" + number + "'");
        }
        try (TeamRepository repository = TeamRepository.open(corpus)) {
            out.println("conflict " + conflict + ": " + ConflictResolution.resolve(repository, conflict, keep)
                    + "; the next sync sends it");
        }
    }

    private static String files(int count) {
        return count + (count == 1 ? " file" : " files");
    }

    private static TeamMember member(String analyst, boolean reviewer) throws UsageException {
        try {
            return new TeamMember(analyst, reviewer);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void section(PrintStream out, String heading, List<String> paths) {
        out.println(heading + ": " + (paths.isEmpty() ? "none" : paths.size()));
        paths.forEach(path -> out.println("    " + TeamPaths.describe(path)));
    }

    private static String describe(List<String> paths) {
        return String.join(", ", paths.stream().map(TeamPaths::describe).toList());
    }
}
