package org.marginalia.core.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.TextHash;
import org.marginalia.model.Document;

/**
 * Adding a folder's texts and web pages to an existing corpus, planned file by file before anything is written
 * (what the import wizard previews), then applied all or nothing. A file whose document the corpus has already
 * with the same text is skipped; with another text, or unreadable, it is refused; anything refused means nothing
 * is written. The corpus description is written last, and only if nobody changed it since it was read.
 */
public final class TextAddition {

    /** What happens to one file. */
    public enum Action { ADD, ALREADY_THERE, REFUSED }

    /** One file of the folder: the document it becomes (or is already), its title, and why it is refused. */
    public record Entry(Path file, String documentId, String title, Action action, String reason) {
    }

    /** What adding texts to a corpus did: the documents it added, and those it found there already with the same text. */
    public record Added(List<String> added, List<String> alreadyThere) {
    }

    private final LoadedCorpus corpus;
    private final List<Entry> entries;
    private final Map<Entry, Document> documents;

    private TextAddition(LoadedCorpus corpus, List<Entry> entries, Map<Entry, Document> documents) {
        this.corpus = corpus;
        this.entries = entries;
        this.documents = documents;
    }

    /** Reads the folder and the corpus; fails only when either cannot be read at all (a bad file is a refused entry). */
    public static TextAddition plan(Path sourceFolder, Path corpusFolder) throws CorpusException {
        LoadedCorpus corpus = CorpusStore.load(corpusFolder);
        if (!corpus.problems().isEmpty()) {
            throw new CorpusException(corpus.problems());
        }
        ConfinedFolder source = new ConfinedFolder(sourceFolder);
        Map<String, Document> existing = new HashMap<>();
        corpus.corpus().getDocuments().forEach(document -> existing.put(document.getId().toLowerCase(Locale.ROOT), document));
        Set<String> taken = new HashSet<>(existing.keySet());
        List<Entry> entries = new ArrayList<>();
        Map<Entry, Document> documents = new LinkedHashMap<>();
        for (Path file : CorpusImporter.listTexts(sourceFolder)) {
            String ownId = CorpusImporter.idFor(file, new HashSet<>());
            CorpusImporter.Article article;
            try {
                article = CorpusImporter.read(source, file);
            } catch (CorpusException e) {
                entries.add(new Entry(file, ownId, null, Action.REFUSED, e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).message()));
                continue;
            }
            Document same = existing.get(ownId.toLowerCase(Locale.ROOT));
            if (same != null && same.getTextHash().equals(TextHash.of(article.text()))) {
                entries.add(new Entry(file, same.getId(), same.getTitle(), Action.ALREADY_THERE, "the corpus has this text already"));
            } else if (same != null) {
                entries.add(new Entry(file, same.getId(), article.title(), Action.REFUSED, "has another text than the corpus's document " + same.getId()
                        + ", which it would replace; rename the file to add it as a new document"));
            } else {
                Document document = CorpusImporter.newDocument(CorpusImporter.idFor(file, taken), article.text());
                document.setTitle(article.title());
                document.setSource(article.source());
                document.setPublicationDate(article.published());
                Entry entry = new Entry(file, document.getId(), article.title(), Action.ADD, null);
                entries.add(entry);
                documents.put(entry, document);
            }
        }
        return new TextAddition(corpus, List.copyOf(entries), documents);
    }

    /** The files of a folder that no corpus could take (unreadable, not UTF-8, a page without text), and why; fails if it holds no text. */
    public static List<CorpusProblem> unreadable(Path sourceFolder) throws CorpusException {
        ConfinedFolder source = new ConfinedFolder(sourceFolder);
        List<CorpusProblem> problems = new ArrayList<>();
        for (Path file : CorpusImporter.listTexts(sourceFolder)) {
            try {
                CorpusImporter.read(source, file);
            } catch (CorpusException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean refusesAny() {
        return entries.stream().anyMatch(entry -> entry.action() == Action.REFUSED);
    }

    /** Writes the new documents' texts, then the corpus description; nothing at all when any file is refused. */
    public Added apply() throws CorpusException {
        List<CorpusProblem> refused = entries.stream().filter(entry -> entry.action() == Action.REFUSED)
                .map(entry -> new CorpusProblem(entry.file(), entry.reason())).toList();
        if (!refused.isEmpty()) {
            throw new CorpusException(refused);
        }
        List<CorpusProblem> inTheWay = new ArrayList<>();
        for (Document document : documents.values()) {
            Path file = corpus.layout().root().resolve(document.getPath());
            if (Files.exists(file)) {
                inTheWay.add(new CorpusProblem(file, "exists already though no document names it; move it away first"));
            }
        }
        if (!inTheWay.isEmpty()) {
            throw new CorpusException(inTheWay);
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Document document : documents.values()) {
                Path file = corpus.layout().root().resolve(document.getPath());
                AtomicFiles.write(file, document.getText().getBytes(StandardCharsets.UTF_8));
                written.add(file);
            }
            corpus.corpus().getDocuments().addAll(documents.values());
            CorpusStore.writeDescription(corpus.corpus(), corpus.layout().description());
        } catch (IOException e) {
            // nothing half done: the texts written go again, so that a retry finds the corpus as it was
            corpus.corpus().getDocuments().removeAll(documents.values());
            for (Path file : written) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a text no document names is reported by the next addition, never loaded
                }
            }
            throw new CorpusException(new CorpusProblem(corpus.layout().description(), "cannot be written: " + e.getMessage() + "; nothing was added"), e);
        }
        List<String> alreadyThere = entries.stream().filter(entry -> entry.action() == Action.ALREADY_THERE).map(Entry::documentId).toList();
        return new Added(documents.values().stream().map(Document::getId).toList(), alreadyThere);
    }
}
