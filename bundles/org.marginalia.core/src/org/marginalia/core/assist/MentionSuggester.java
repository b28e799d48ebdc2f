package org.marginalia.core.assist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityMention;
import org.marginalia.model.MarginaliaFactory;

/**
 * Mentions of known entities by name or alias, whole words, the longest name winning where names overlap. Ranked
 * so that accepting the best ones is quick: an entity's first mention in each paragraph is surer than its
 * repetitions there, which analysts often leave untagged.
 */
public final class MentionSuggester implements Suggester {

    private static final double FIRST_IN_PARAGRAPH = 0.8;
    private static final double REPEATED = 0.5;

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public List<Suggestion> suggest(Document document, EntityDirectory entities) {
        String text = document.getText();
        List<int[]> found = new ArrayList<>();
        List<Entity> byIndex = new ArrayList<>();
        for (Entity entity : entities.all()) {
            List<String> names = new ArrayList<>(entity.getAliases());
            names.add(entity.getName());
            for (String name : names) {
                if (name.length() < 2) {
                    continue;
                }
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
                while (m.find()) {
                    found.add(new int[] { m.start(), m.end(), byIndex.size() });
                }
            }
            byIndex.add(entity);
        }
        found.sort(Comparator.comparingInt((int[] f) -> -(f[1] - f[0])).thenComparingInt(f -> f[0]));
        List<int[]> kept = new ArrayList<>();
        for (int[] candidate : found) {
            if (kept.stream().noneMatch(k -> candidate[0] < k[1] && k[0] < candidate[1])) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(f -> f[0]));
        List<Suggestion> suggestions = new ArrayList<>();
        Set<String> seenInParagraph = new HashSet<>();
        for (int[] mention : kept) {
            EntityMention proposal = MarginaliaFactory.eINSTANCE.createEntityMention();
            proposal.setBegin(mention[0]);
            proposal.setEnd(mention[1]);
            proposal.setEntity(byIndex.get(mention[2]));
            int paragraph = text.lastIndexOf('\n', mention[0]); // texts without line breaks are one paragraph
            boolean first = seenInParagraph.add(paragraph + ":" + mention[2]);
            suggestions.add(new Suggestion(proposal, name(), first ? FIRST_IN_PARAGRAPH : REPEATED));
        }
        return suggestions;
    }
}
