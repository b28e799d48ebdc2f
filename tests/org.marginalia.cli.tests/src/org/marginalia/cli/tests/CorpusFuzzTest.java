package org.marginalia.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.cli.Commands;

/**
 * Issue #9 ("Trust"): a corpus folder may be a stranger's, so the command line must survive any damage to it.
 * This test damages the demo corpus at random (bytes, ids, paths, references, offsets, stray copies, links,
 * truncations, DTDs) in one or two ways per case, runs the commands that read a corpus on it, and checks that
 * nothing is written outside the corpus and the export folder, that no exception escapes a command, that every
 * problem fails the command with exit 1 and a message naming a file, and that damage which is certain is never
 * accepted (nor a sound corpus refused).
 * <p>
 * A seeded {@link Random} rather than jqwik, which does not run well under tycho-surefire. Each case has its own
 * random numbers, from {@link #SEED} and its number; a failure names both, and
 * {@code -Dmarginalia.fuzz.seed=S -Dmarginalia.fuzz.case=N} runs that one case again.
 */
class CorpusFuzzTest {

    /**
     * Cases per run. A case costs about 25 ms on a 2-core machine, nearly all of it in the commands (which load all
     * five texts and fifteen sets each time), so 1000 cases take about 25 s.
     */
    private static final int CASES = 1000;
    private static final long SEED = Long.getLong("marginalia.fuzz.seed", 20261201L);
    private static final int ONLY_CASE = Integer.getInteger("marginalia.fuzz.case", -1);

    /** How a {@link #snapshot} records a folder, and the start of how it records a file (its content follows). */
    private static final String FOLDER = "folder";
    private static final String FILE = "file ";

    /** A name {@code AtomicFiles} takes for a temporary file of a killed save, and deletes when it loads a corpus. */
    private static final String LEFTOVER = ".000.xmi.1f.tmp";

    /** Where hostile absolute ids and paths would land if they were ever used to make a file. */
    private static final Path TMP = Path.of("/tmp");
    private static final String TMP_GLOB = "{abs,pwned}*";

    private static final List<String> HOSTILE_IDS = List.of("../../outside/pwned", "../../../outside/pwned", "/tmp/abs", "a/b", "a\\b", "..",
            ".hidden", "con", "NUL.txt", "", "a".repeat(300), "ok id with space", "日本語", "naïve", "tab\there");

    @TempDir
    static Path temp;

    private static Path template;
    private static Map<String, String> templateFiles;
    /** The cases' folder: {@code corpus}, put back as the template has it after each case, {@code out} and {@code outside}. */
    private static Path work;
    private static Path corpus;
    private static Path out;
    /** Copies of the corpus's files beside it, which a path, a link or a reference may lead to; made once, never to change. */
    private static Path outside;
    private static Map<String, String> outsideBefore;
    private static List<String> documentIds;
    private static Set<String> tmpBefore;

    /** How sure a mutation is to leave the corpus with a problem that every command must refuse. */
    private enum Damage {
        NONE, POSSIBLE, CERTAIN
    }

    /** Changes a case's corpus and says how, or returns null if it found nothing to change. */
    @FunctionalInterface
    private interface Mutator {
        String apply(Case c) throws IOException;
    }

    private record Mutation(String name, Damage damage, Mutator mutator) {
    }

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("xml bytes", Damage.POSSIBLE, CorpusFuzzTest::editXmlBytes),
            new Mutation("text bytes", Damage.CERTAIN, CorpusFuzzTest::editTextBytes),
            new Mutation("hostile document id", Damage.CERTAIN, CorpusFuzzTest::hostileDocumentId),
            new Mutation("hostile analyst id", Damage.CERTAIN, CorpusFuzzTest::hostileAnalystId),
            new Mutation("text path", Damage.CERTAIN, CorpusFuzzTest::textPath),
            new Mutation("hostile reference", Damage.CERTAIN, CorpusFuzzTest::hostileReference),
            new Mutation("bad offsets", Damage.CERTAIN, CorpusFuzzTest::badOffsets),
            new Mutation("stray set", Damage.CERTAIN, CorpusFuzzTest::straySet),
            new Mutation("link out", Damage.CERTAIN, CorpusFuzzTest::linkOut),
            new Mutation("truncation", Damage.CERTAIN, CorpusFuzzTest::truncate),
            new Mutation("doctype", Damage.CERTAIN, CorpusFuzzTest::doctype),
            new Mutation("harmless extra", Damage.NONE, CorpusFuzzTest::harmlessExtra));

    /** One damaged corpus: its own random numbers, and what was done to the corpus. */
    private static final class Case {
        final int number;
        final Random random;
        final List<String> applied = new ArrayList<>();
        Damage damage = Damage.NONE;

        Case(int number) {
            this.number = number;
            this.random = new Random(SEED ^ (number * 0x9E3779B97F4A7C15L));
        }

        <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        @Override
        public String toString() {
            return "case " + number + " (rerun with -Dmarginalia.fuzz.seed=" + SEED + " -Dmarginalia.fuzz.case=" + number + "), " + damage
                    + " damage: " + applied;
        }
    }

    @BeforeAll
    static void importTheDemoCorpusOnce() throws IOException {
        template = temp.resolve("template").resolve("corpus");
        Path seeds = Paths.get(System.getProperty("marginalia.seeds", "../../seeds"));
        Output output = run("import", "--from", seeds.toString(), "--corpus", template.toString());
        assertEquals(Commands.OK, output.code(), output.err());
        assertEquals(Commands.OK, run("info", "--corpus", template.toString()).code(), "the undamaged corpus has no problem");
        try (Stream<Path> texts = Files.list(template.resolve("documents"))) {
            documentIds = texts.map(f -> f.getFileName().toString().replace(".txt", "")).sorted().toList();
        }
        work = temp.resolve("work").toAbsolutePath();
        corpus = work.resolve("corpus");
        out = work.resolve("out");
        outside = work.resolve("outside");
        templateFiles = snapshot(template);
        Files.createDirectories(work);
        copyTree(template, corpus);
        makeOutside();
        outsideBefore = snapshot(outside);
        tmpBefore = tmpEntries();
    }

    @Test
    void noDamageEscapesTheCorpusOrACommand() throws IOException {
        int first = ONLY_CASE >= 0 ? ONLY_CASE : 0;
        int last = ONLY_CASE >= 0 ? ONLY_CASE : CASES - 1;
        Map<Damage, Integer> cases = new EnumMap<>(Damage.class);
        for (int n = first; n <= last; n++) {
            cases.merge(runCase(new Case(n)), 1, Integer::sum);
        }
        System.out.println("CorpusFuzzTest: cases " + first + " to " + last + " from seed " + SEED + ", by damage: " + cases);
    }

    /** Damages the corpus, runs the commands and checks what they did, then puts the corpus back; returns the damage done. */
    private static Damage runCase(Case c) throws IOException {
        int count = 1 + c.random.nextInt(2);
        for (int i = 0; i < count; i++) {
            Mutation mutation = c.pick(MUTATIONS);
            String what = mutation.mutator().apply(c);
            if (what != null) {
                c.applied.add(mutation.name() + ": " + what);
                c.damage = mutation.damage().compareTo(c.damage) > 0 ? mutation.damage() : c.damage;
            }
        }
        for (String[] command : commandsFor(c)) {
            check(c, command, run(c, command));
        }
        assertEquals(List.of(), changes(outsideBefore, snapshot(outside)), c + ": files beside the corpus changed");
        assertTrue(Set.of("corpus", "out", "outside").containsAll(entries(work)), c + ": files appeared beside the corpus: " + entries(work));
        assertTrue(entries(out).stream().noneMatch(name -> name.startsWith(".")), c + ": the export left hidden files " + entries(out));
        assertEquals(tmpBefore, tmpEntries(), c + ": files appeared in " + TMP);
        resetCorpus();
        deleteTree(out);
        return c.damage;
    }

    /**
     * Every command on a corpus that may be sound, where merge and the exports write; on a damaged one {@code info}
     * and one other, chosen at random, since all of them must refuse it at the same check (this keeps the test fast).
     */
    private static List<String[]> commandsFor(Case c) {
        String folder = corpus.toString();
        List<String[]> all = List.of(
                new String[] { "info", "--corpus", folder },
                new String[] { "agreement", "--corpus", folder, "--json" },
                new String[] { "check", "--corpus", folder },
                new String[] { "merge", "--corpus", folder, "--strategy", "majority" },
                new String[] { "export", "--corpus", folder, "--format", "uima", "--set", "all", "--out", out.resolve("uima").toString() },
                new String[] { "export", "--corpus", folder, "--format", "emf", "--set", "all", "--out", out.resolve("x.xmi").toString() });
        return c.damage == Damage.CERTAIN ? List.of(all.get(0), all.get(1 + c.random.nextInt(all.size() - 1))) : all;
    }

    private record Output(int code, String err) {
    }

    /** Runs a command of a case; anything thrown out of it (an Error, as a RuntimeException is caught inside) fails the case. */
    private static Output run(Case c, String[] command) {
        try {
            return run(command);
        } catch (Throwable e) {
            throw new AssertionError(c + ": marginalia " + String.join(" ", command) + " threw " + e, e);
        }
    }

    private static Output run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int code = Commands.run(args, quiet, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(code, err.toString(StandardCharsets.UTF_8));
    }

    private static void check(Case c, String[] command, Output output) {
        String what = c + "\n  marginalia " + String.join(" ", command) + "\n  exit " + output.code() + ", err:\n" + output.err();
        assertFalse(output.err().contains("internal error"), "an exception escaped the command: " + what);
        assertTrue(output.code() == Commands.OK || output.code() == Commands.FAILED, "valid arguments, yet exit " + output.code() + ": " + what);
        List<String> lines = output.err().lines().toList();
        if (output.code() == Commands.FAILED) {
            assertTrue(lines.size() > 1 && lines.get(0).endsWith(": failed"), "a failure without problems: " + what);
            assertTrue(lines.stream().skip(1).allMatch(CorpusFuzzTest::namesAFile), "a problem that names no file: " + what);
            assertTrue(lines.stream().noneMatch(line -> line.chars().anyMatch(Character::isISOControl)),
                    "control characters from a file reached the terminal: " + what);
        } else {
            assertFalse(output.err().contains("failed"), "exit 0 with a failure: " + what);
        }
        if (c.damage == Damage.CERTAIN) {
            assertEquals(Commands.FAILED, output.code(), "a damaged corpus was accepted: " + what);
        } else if (c.damage == Damage.NONE) {
            assertEquals(Commands.OK, output.code(), "a sound corpus was refused: " + what);
        }
    }

    /** A problem line: two spaces, then an absolute path. */
    private static boolean namesAFile(String line) {
        return line.startsWith("  " + work.getRoot());
    }

    /** Copies of the texts, of one analyst's sets and of the description, and files named like leftovers of a killed save. */
    private static void makeOutside() throws IOException {
        Files.createDirectories(outside);
        copyTree(template.resolve("documents"), outside.resolve("texts"));
        copyTree(template.resolve("annotations/ana"), outside.resolve("sets"));
        Files.copy(template.resolve("corpus.marginalia"), outside.resolve("evil.xmi"));
        Files.writeString(outside.resolve("sets/" + LEFTOVER), "looks like a killed save's file, in a folder the corpus may link to");
        Files.writeString(outside.resolve("texts/" + LEFTOVER), "looks like a killed save's file, in a folder the corpus may link to");
    }

    // ---- mutations

    private static String editXmlBytes(Case c) throws IOException {
        return editBytes(c, xmlFiles(), 1 + c.random.nextInt(4));
    }

    private static String editTextBytes(Case c) throws IOException {
        return editBytes(c, regularFiles(".txt"), 1);
    }

    /** Flips, inserts or deletes random bytes of one of {@code files}. */
    private static String editBytes(Case c, List<Path> files, int edits) throws IOException {
        if (files.isEmpty()) {
            return null;
        }
        Path file = c.pick(files);
        byte[] bytes = Files.readAllBytes(file);
        List<String> done = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            int kind = bytes.length == 0 ? 1 : c.random.nextInt(3);
            int at = c.random.nextInt(bytes.length + (kind == 1 ? 1 : 0));
            byte value = (byte) (1 + c.random.nextInt(255));
            bytes = switch (kind) {
                case 0 -> flip(bytes, at, value);
                case 1 -> insert(bytes, at, value);
                default -> delete(bytes, at);
            };
            done.add(List.of("flip", "insert", "delete").get(kind) + "@" + at);
        }
        Files.write(file, bytes);
        return relative(file) + " " + done;
    }

    private static byte[] flip(byte[] bytes, int at, byte mask) {
        bytes[at] ^= mask;
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte value) {
        byte[] longer = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, longer, 0, at);
        longer[at] = value;
        System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
        return longer;
    }

    private static byte[] delete(byte[] bytes, int at) {
        byte[] shorter = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, shorter, 0, at);
        System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
        return shorter;
    }

    private static final Pattern DOCUMENT_ID = Pattern.compile("(<documents id=\")([^\"]*)\"");

    /** An id that breaks the grammar, or repeats another document's (exactly, or but for case). */
    private static String hostileDocumentId(Case c) throws IOException {
        return replaceOne(c, description(), DOCUMENT_ID, m -> {
            String other = c.pick(documentIds.stream().filter(d -> !d.equals(m.group(2))).toList());
            List<String> ids = new ArrayList<>(HOSTILE_IDS);
            ids.addAll(List.of(other, other.toUpperCase(Locale.ROOT)));
            return m.group(1) + latin(c.pick(ids)) + "\"";
        }, "id");
    }

    private static final Pattern ANALYST_ID = Pattern.compile("analystId=\"[^\"]*\"");

    private static String hostileAnalystId(Case c) throws IOException {
        return replaceOne(c, setFiles(), ANALYST_ID, m -> "analystId=\"" + latin(c.pick(HOSTILE_IDS)) + "\"", "analystId");
    }

    private static final Pattern TEXT_PATH = Pattern.compile("(<documents id=\"([^\"]*)\"[^>]*? path=\")([^\"]*)\"");

    /** A text path out of the corpus (mostly to a copy of the very text), to what is no text, or to another document's text. */
    private static String textPath(Case c) throws IOException {
        return replaceOne(c, description(), TEXT_PATH, m -> {
            String id = m.group(2);
            String other = documentIds.stream().filter(d -> !d.equals(id)).findFirst().orElseThrow();
            String path = c.pick(List.of("../outside/texts/" + id + ".txt", outside.resolve("texts/" + id + ".txt").toString(),
                    "documents/../../outside/texts/" + id + ".txt", outside.resolve("texts/" + id + ".txt").toUri().toString(),
                    "/dev/zero", "/etc/hostname", "documents", "", "documents/" + other + ".txt", "documents/missing.txt"));
            return m.group(1) + latin(path) + "\"";
        }, "path");
    }

    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)#([^\"]*)\"");

    /** A reference to a web address, to a copy of the description outside the corpus, to a text, or to nothing. */
    private static String hostileReference(Case c) throws IOException {
        String documentId = c.pick(documentIds);
        return replaceOne(c, setFiles(), HREF, m -> {
            String fragment = m.group(2);
            String target = c.pick(List.of("http://127.0.0.1:9/x#" + fragment, outside.resolve("evil.xmi").toUri() + "#" + fragment,
                    "../../../outside/evil.xmi#" + fragment, "/etc/hostname#" + fragment, "../../documents/" + documentId + ".txt#" + fragment,
                    "../../corpus.marginalia#" + fragment + "-missing", "#" + fragment, "../../corpus.marginalia#//@documents.99",
                    "jar:file:/x.jar!/a.xmi#" + fragment, "platform:/resource/x/y.xmi#" + fragment));
            return "href=\"" + target + "\"";
        }, "href");
    }

    private static final Pattern OFFSETS = Pattern.compile("begin=\"([^\"]*)\" end=\"([^\"]*)\"");

    /** Offsets before the text, past it, the wrong way round, or not numbers at all. */
    private static String badOffsets(Case c) throws IOException {
        return replaceOne(c, setFiles(), OFFSETS, m -> {
            String begin = m.group(1);
            String end = m.group(2);
            return switch (c.random.nextInt(10)) {
                case 0 -> offsets("-" + (1 + c.random.nextInt(100)), end);
                case 1 -> offsets(String.valueOf(Integer.MIN_VALUE), end);
                case 2 -> offsets(begin, String.valueOf(1_000_000 + c.random.nextInt(1000)));
                case 3 -> offsets(begin, String.valueOf(Integer.MAX_VALUE));
                case 4 -> offsets(end + "1", end);
                case 5 -> offsets("abc", end);
                case 6 -> offsets(begin, "1e3");
                case 7 -> offsets("99999999999", end);
                case 8 -> offsets(begin, "");
                default -> offsets(String.valueOf(Integer.MAX_VALUE), String.valueOf(Integer.MIN_VALUE));
            };
        }, "offsets");
    }

    private static String offsets(String begin, String end) {
        return "begin=\"" + begin + "\" end=\"" + end + "\"";
    }

    /** A copy of a set where no set belongs, or under another document's name. */
    private static String straySet(Case c) throws IOException {
        List<Path> sets = setFiles();
        if (sets.isEmpty()) {
            return null;
        }
        Path set = c.pick(sets);
        String stem = set.getFileName().toString().replace(".xmi", "");
        String other = c.pick(documentIds.stream().filter(d -> !d.equals(stem)).toList());
        Path annotations = corpus.resolve("annotations");
        Path copy = c.pick(List.of(set.resolveSibling(stem + " (copy).xmi"), set.resolveSibling("Copy of " + stem + ".xmi"),
                set.resolveSibling(other + ".xmi"), set.resolveSibling("zz-unknown.xmi"), annotations.resolve("dave/" + stem + ".xmi"),
                annotations.resolve("bad name/" + stem + ".xmi"), corpus.resolve("curated/" + stem + ".xmi")));
        if (!staysInside(copy)) {
            return null;
        }
        Files.createDirectories(copy.getParent());
        Files.copy(set, copy, StandardCopyOption.REPLACE_EXISTING);
        return relative(set) + " -> " + relative(copy);
    }

    /** A file or folder of the corpus replaced by a link out of it, mostly to an identical copy. */
    private static String linkOut(Case c) throws IOException {
        String id = c.pick(documentIds);
        String analyst = c.pick(List.of("ana", "ben", "chloe"));
        Path text = corpus.resolve("documents/" + id + ".txt");
        Path set = corpus.resolve("annotations/" + analyst + "/" + id + ".xmi");
        List<Path[]> links = List.of(
                new Path[] { text, outside.resolve("texts/" + id + ".txt") },
                new Path[] { text, Path.of("/dev/zero") },
                new Path[] { text, outside.resolve("missing.txt") },
                new Path[] { text, outside },
                new Path[] { set, outside.resolve("sets/" + id + ".xmi") },
                new Path[] { corpus.resolve("annotations/" + analyst), outside.resolve("sets") },
                new Path[] { corpus.resolve("curated"), outside.resolve("sets") },
                new Path[] { corpus.resolve("documents"), outside.resolve("texts") },
                new Path[] { corpus.resolve("corpus.marginalia"), outside.resolve("evil.xmi") });
        Path[] link = c.pick(links);
        if (!staysInside(link[0])) {
            return null;
        }
        deleteTree(link[0]);
        Files.createSymbolicLink(link[0], link[1]);
        return relative(link[0]) + " -> " + link[1];
    }

    /** Cuts an XML file short, always before its last end tag. */
    private static String truncate(Case c) throws IOException {
        List<Path> files = xmlFiles();
        if (files.isEmpty()) {
            return null;
        }
        Path file = c.pick(files);
        byte[] bytes = Files.readAllBytes(file);
        int length = c.random.nextInt(Math.max(1, bytes.length - 30));
        Files.write(file, Arrays.copyOf(bytes, length));
        return relative(file) + " to " + length + " bytes";
    }

    private static final List<String> DOCTYPES = List.of(
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>",
            "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>",
            "<!DOCTYPE x SYSTEM \"http://127.0.0.1:9/x.dtd\">");

    /** A DTD with an external entity, an entity expansion or an external subset, which the parser must refuse. */
    private static String doctype(Case c) throws IOException {
        List<Path> files = xmlFiles();
        if (files.isEmpty()) {
            return null;
        }
        Path file = c.pick(files);
        String content = readLatin(file);
        String doctype = c.pick(DOCTYPES);
        int declarationEnd = content.indexOf("?>");
        int at = declarationEnd < 0 ? 0 : declarationEnd + 2;
        writeLatin(file, content.substring(0, at) + doctype + content.substring(at));
        return relative(file) + " " + doctype;
    }

    /** Files a corpus may hold without any problem: hidden ones, notes, leftovers of a killed save (a link out, even). */
    private static String harmlessExtra(Case c) throws IOException {
        Path annotations = corpus.resolve("annotations");
        Path extra = c.pick(List.of(annotations.resolve("ana/.DS_Store"), annotations.resolve("notes.md"), annotations.resolve(".git/config"),
                annotations.resolve("ben/.hidden.xmi"), corpus.resolve("documents/README"), corpus.resolve(".corpus.marginalia.1f.tmp"),
                corpus.resolve("curated/.x.xmi.2a.tmp")));
        if (Files.exists(extra, LinkOption.NOFOLLOW_LINKS) || !staysInside(extra)) {
            return null;
        }
        Files.createDirectories(extra.getParent());
        if (extra.getFileName().toString().endsWith(".tmp") && c.random.nextBoolean()) {
            Files.createSymbolicLink(extra, outside.resolve("evil.xmi"));
        } else {
            Files.writeString(extra, "not a set");
        }
        return relative(extra);
    }

    /**
     * Replaces one match of {@code pattern} in one of {@code files}, both chosen at random, working on bytes so that
     * earlier byte damage stays as it is.
     */
    private static String replaceOne(Case c, List<Path> files, Pattern pattern, Function<Matcher, String> replacement, String what)
            throws IOException {
        if (files.isEmpty()) {
            return null;
        }
        Path file = c.pick(files);
        String content = readLatin(file);
        List<int[]> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(content);
        while (matcher.find()) {
            matches.add(new int[] { matcher.start(), matcher.end() });
        }
        if (matches.isEmpty()) {
            return null;
        }
        int[] chosen = c.pick(matches);
        matcher = pattern.matcher(content);
        matcher.find(chosen[0]);
        String replaced = replacement.apply(matcher);
        writeLatin(file, content.substring(0, chosen[0]) + replaced + content.substring(chosen[1]));
        return relative(file) + " " + what + ": " + new String(replaced.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    // ---- files

    /** The corpus description, unless an earlier mutation made it a link (then none). */
    private static List<Path> description() throws IOException {
        return regularFiles(".marginalia");
    }

    private static List<Path> setFiles() throws IOException {
        return regularFiles(".xmi");
    }

    private static List<Path> xmlFiles() throws IOException {
        List<Path> files = new ArrayList<>(setFiles());
        files.addAll(description());
        return files;
    }

    /** The corpus's own files ending in {@code suffix}, never through a link (writing through one would change the outside). */
    private static List<Path> regularFiles(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList();
        }
    }

    /** Whether making {@code file} stays in the corpus: an earlier mutation may have made a folder on its way a link out. */
    private static boolean staysInside(Path file) throws IOException {
        Path existing = file.getParent();
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        return existing.toRealPath().startsWith(corpus.toRealPath());
    }

    private static String relative(Path file) {
        return corpus.relativize(file).toString();
    }

    /** ISO-8859-1 maps bytes one to one to chars, so text edits keep every other byte as it was. */
    private static String readLatin(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }

    private static void writeLatin(Path file, String content) throws IOException {
        Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** {@code value} as UTF-8 bytes in the one-char-per-byte form {@link #readLatin} uses. */
    private static String latin(String value) {
        return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * Makes the corpus what the template is again, touching only what a case changed: creating and deleting files is
     * what costs most here, far more than running a command, and a case changes only a few.
     */
    private static void resetCorpus() throws IOException {
        TreeMap<String, String> files = snapshot(corpus);
        for (String name : files.descendingKeySet()) { // what is in a folder before the folder
            String wanted = templateFiles.get(name);
            String found = files.get(name);
            if (wanted != null && wanted.startsWith(FILE) && found.startsWith(FILE)) {
                if (!wanted.equals(found)) {
                    writeLatin(corpus.resolve(name), wanted.substring(FILE.length()));
                }
            } else if (!found.equals(wanted)) {
                Files.delete(corpus.resolve(name));
            }
        }
        for (Map.Entry<String, String> entry : templateFiles.entrySet()) { // a folder before what is in it
            Path file = corpus.resolve(entry.getKey());
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (entry.getValue().equals(FOLDER)) {
                Files.createDirectory(file);
            } else {
                writeLatin(file, entry.getValue().substring(FILE.length()));
            }
        }
    }

    /** Every file, folder and link under {@code root} by its relative name: a file with its content, a link with its target. */
    private static TreeMap<String, String> snapshot(Path root) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.toList()) {
                String what = Files.isSymbolicLink(file) ? "link to " + Files.readSymbolicLink(file)
                        : Files.isDirectory(file) ? FOLDER : Files.isRegularFile(file) ? FILE + readLatin(file) : "other";
                files.put(root.relativize(file).toString(), what);
            }
        }
        return files;
    }

    /** The names of the files added, deleted or changed between two snapshots. */
    private static List<String> changes(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        return names.stream().filter(name -> !Objects.equals(before.get(name), after.get(name)))
                .map(name -> name + (after.containsKey(name) ? before.containsKey(name) ? " changed" : " added" : " deleted")).toList();
    }

    private static Set<String> entries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> tmpEntries() throws IOException {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(TMP, TMP_GLOB)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        return names;
    }
}
