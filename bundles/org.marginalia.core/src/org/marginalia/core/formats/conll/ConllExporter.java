package org.marginalia.core.formats.conll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.export.CorpusExporter;
import org.marginalia.core.export.SetOwners;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityMention;

/**
 * CoNLL-2002 style columns for one span kind: a token and its BIO tag per line separated by a space, a blank
 * line after each sentence, {@code -DOCSTART- O} before each document. One file per set owner
 * ({@code <analyst>.conll}, {@code curated.conll}). The tag is the value of a chosen attribute, else for entity
 * mentions the CoNLL class of the entity (PER, ORG, LOC, MISC), else the kind's name. BIO cannot nest: of
 * overlapping spans the first (the longest when two start together) is written and the others reported.
 */
public final class ConllExporter implements CorpusExporter {

    private final String kindName;
    private final String labelAttribute;

    /** @param labelAttribute the attribute whose value is the tag, or null */
    public ConllExporter(String kindName, String labelAttribute) {
        this.kindName = kindName;
        this.labelAttribute = labelAttribute;
    }

    @Override
    public List<Path> outputs(LoadedCorpus corpus, Path out) {
        return SetOwners.of(corpus).stream().map(owner -> out.resolve(owner + ".conll")).toList();
    }

    @Override
    public List<String> export(LoadedCorpus corpus, List<AnnotationSet> sets, Path out, Monitor monitor) throws IOException {
        EClass kind = kind(CorpusSchema.of(corpus));
        EStructuralFeature label = labelAttribute == null ? null : kind.getEStructuralFeature(labelAttribute);
        if (labelAttribute != null && label == null) {
            throw new IllegalArgumentException("the kind " + kind.getName() + " has no attribute " + labelAttribute);
        }
        monitor.beginTask("Exporting CoNLL columns of " + kind.getName(), sets.size());
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        List<String> notRepresented = new ArrayList<>();
        for (AnnotationSet set : sets) {
            if (monitor.isCanceled()) {
                throw new CancellationException("export cancelled");
            }
            String owner = set.isCurated() ? SetOwners.CURATED : set.getAnalystId();
            monitor.subTask(owner + "/" + set.getDocument().getId());
            StringBuilder file = files.computeIfAbsent(owner, o -> new StringBuilder());
            write(set, kind, label, file, notRepresented, owner + ".conll, " + set.getDocument().getId() + ": ");
            monitor.worked(1);
        }
        for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
            byte[] bytes = file.getValue().toString().getBytes(StandardCharsets.UTF_8);
            AtomicFiles.writeRegenerable(out.resolve(file.getKey() + ".conll"), stream -> stream.write(bytes));
        }
        notRepresented.addAll(SetOwners.documentsWithoutSets(corpus, sets, ".conll"));
        monitor.done();
        return notRepresented;
    }

    private EClass kind(CorpusSchema schema) {
        return schema.spanKinds().stream().filter(k -> k.getName().equalsIgnoreCase(kindName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the corpus has no span kind " + kindName + "; it has "
                        + String.join(", ", schema.spanKinds().stream().map(EClass::getName).toList())));
    }

    private void write(AnnotationSet set, EClass kind, EStructuralFeature label, StringBuilder file, List<String> notRepresented, String where) {
        String text = set.getDocument().getText();
        List<Annotation> spans = new ArrayList<>();
        int overlapping = 0;
        int empty = 0;
        List<Annotation> ofKind = set.getAnnotations().stream().filter(a -> a.eClass() == kind)
                .sorted(Comparator.comparingInt(Annotation::getBegin).thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed())).toList();
        for (Annotation annotation : ofKind) {
            if (annotation.getBegin() >= annotation.getEnd()) {
                empty++;
            } else if (!spans.isEmpty() && annotation.getBegin() < spans.get(spans.size() - 1).getEnd()) {
                overlapping++;
            } else {
                spans.add(annotation);
            }
        }
        if (overlapping > 0) {
            notRepresented.add(where + overlapping + " " + kind.getName() + " spans overlapping an earlier one (BIO tags cannot nest)");
        }
        if (empty > 0) {
            notRepresented.add(where + empty + " empty " + kind.getName() + " spans (no token to tag)");
        }
        file.append("-DOCSTART- O\n\n");
        int next = 0;
        int cut = 0;
        for (List<ConllTokens.Token> sentence : ConllTokens.sentences(text, offset -> inside(spans, offset))) {
            for (ConllTokens.Token token : sentence) {
                while (next < spans.size() && spans.get(next).getEnd() <= token.begin()) {
                    next++;
                }
                String tag = "O";
                if (next < spans.size() && spans.get(next).getBegin() < token.end()) {
                    Annotation span = spans.get(next);
                    boolean first = span.getBegin() >= token.begin();
                    if (first && span.getBegin() > token.begin() || span.getEnd() < token.end() && span.getEnd() > token.begin()) {
                        cut++;
                    }
                    tag = (first ? "B-" : "I-") + tag(span, label);
                }
                file.append(text, token.begin(), token.end()).append(' ').append(tag).append('\n');
            }
            file.append('\n');
        }
        if (cut > 0) {
            notRepresented.add(where + cut + " " + kind.getName() + " spans begin or end inside a word (\u201cRussia\u201d in \u201cRussia's\u201d):"
                    + " the whole word is tagged, as every analyst's file has the same tokens");
        }
    }

    private static boolean inside(List<Annotation> spans, int offset) {
        for (Annotation span : spans) {
            if (span.getBegin() < offset && offset < span.getEnd()) {
                return true;
            }
        }
        return false;
    }

    private static String tag(Annotation span, EStructuralFeature label) {
        String tag;
        if (label != null && span.eIsSet(label)) {
            tag = AttributeValues.text(span, label);
        } else if (span instanceof EntityMention mention) {
            tag = conllClass(mention.getEntity());
        } else {
            tag = span.eClass().getName();
        }
        return tag.strip().replaceAll("\\s+", "_");
    }

    private static String conllClass(Entity entity) {
        if (entity == null || entity.getKind() == null) {
            return "MISC";
        }
        return switch (entity.getKind()) {
            case PERSON -> "PER";
            case ORGANISATION -> "ORG";
            case PLACE -> "LOC";
            default -> "MISC";
        };
    }
}
