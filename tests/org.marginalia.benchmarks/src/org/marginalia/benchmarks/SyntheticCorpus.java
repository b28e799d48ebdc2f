package org.marginalia.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.EntityMention;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Quote;
import org.marginalia.model.Role;
import org.marginalia.model.util.EntityIds;

/**
 * Generates a corpus folder of a given size, deterministically: news-like texts of {@code textLength}
 * characters, a pool of shared entities, and each analyst's annotations of every document (all four kinds,
 * spans on word boundaries). Written through the real import and storage code.
 */
public final class SyntheticCorpus {

    private static final String[] WORDS = ("the minister said on saturday that japan and ukraine would continue to "
            + "cooperate on security while north korean troops were reported near the border according to officials "
            + "who spoke about sanctions talks visit agreement intelligence support defense aid conference peace war").split(" ");
    private static final MarginaliaFactory F = MarginaliaFactory.eINSTANCE;

    private SyntheticCorpus() {
    }

    public static LoadedCorpus generate(Path folder, int documents, int textLength, int analysts, int annotations)
            throws IOException, CorpusException {
        Random random = new Random(42);
        Path texts = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-texts"));
        for (int d = 0; d < documents; d++) {
            Files.writeString(texts.resolve(String.format("doc%05d.txt", d)), text(random, textLength));
        }
        LoadedCorpus corpus = CorpusImporter.importTexts(texts, folder, "synthetic");
        List<Entity> entities = entities(200);
        corpus.corpus().getEntities().addAll(entities);
        CorpusStore.writeDescription(corpus.corpus(), corpus.layout().description());

        int perSet = annotations / (documents * analysts);
        int remainder = annotations % (documents * analysts);
        int set = 0;
        for (Document document : corpus.corpus().getDocuments()) {
            for (int a = 0; a < analysts; a++) {
                AnnotationSet annotationSet = AnnotationStore.create(corpus, document, "analyst" + a);
                int count = perSet + (set++ < remainder ? 1 : 0);
                for (int i = 0; i < count; i++) {
                    annotationSet.getAnnotations().add(annotation(random, document.getText(), entities, "a" + a + "-" + document.getId() + "-" + i));
                }
                AnnotationStore.save(corpus, annotationSet);
            }
        }
        return CorpusStore.load(folder);
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
            text.append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        return text.substring(0, length);
    }

    private static List<Entity> entities(int count) {
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Entity entity = F.createEntity();
            entity.setKind(EntityKind.get(i % 4));
            entity.setName("Entity " + i);
            entity.setId(EntityIds.idFor(entity.getKind(), entity.getName()));
            entity.getAliases().add("E" + i);
            entities.add(entity);
        }
        return entities;
    }

    private static Annotation annotation(Random random, String text, List<Entity> entities, String id) {
        int begin = wordStart(text, random.nextInt(Math.max(1, text.length() - 60)));
        int end = wordEnd(text, Math.min(text.length(), begin + 3 + random.nextInt(50)));
        Entity entity = entities.get(random.nextInt(entities.size()));
        Annotation annotation = switch (random.nextInt(4)) {
            case 0 -> {
                Quote quote = F.createQuote();
                quote.setSpeaker(entity);
                quote.setCue("said");
                yield quote;
            }
            case 1 -> {
                Figure figure = F.createFigure();
                figure.setValue(Integer.toString(random.nextInt(100_000)));
                figure.setCounts("troops");
                figure.setApproximate(random.nextBoolean());
                yield figure;
            }
            case 2 -> {
                Role role = F.createRole();
                role.setPerson(entity);
                role.setTitle("Foreign Minister");
                role.setAffiliation(entities.get(random.nextInt(entities.size())));
                yield role;
            }
            default -> {
                EntityMention mention = F.createEntityMention();
                mention.setEntity(entity);
                yield mention;
            }
        };
        annotation.setId(id);
        annotation.setBegin(begin);
        annotation.setEnd(Math.max(begin, end));
        return annotation;
    }

    private static int wordStart(String text, int offset) {
        int i = offset;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int offset) {
        int i = offset;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
