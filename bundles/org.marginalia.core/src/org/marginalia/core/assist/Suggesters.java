package org.marginalia.core.assist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EClass;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.Document;

/**
 * The suggesters contributed to {@code org.marginalia.core.suggesters}; outside a running platform (plain
 * Java), the built-in ones.
 */
public final class Suggesters {

    public static final String EXTENSION_POINT = "org.marginalia.core.suggesters";

    private Suggesters() {
    }

    public static List<Suggester> all() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return builtIn();
        }
        List<Suggester> suggesters = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                suggesters.add((Suggester) element.createExecutableExtension("class"));
            } catch (CoreException | ClassCastException e) {
                throw new IllegalStateException("the suggester " + element.getAttribute("class") + " of "
                        + element.getContributor().getName() + " cannot be created", e);
            }
        }
        return suggesters;
    }

    public static List<Suggester> builtIn() {
        return List.of(new QuoteSuggester(), new FigureSuggester(), new RoleSuggester(), new MentionSuggester(), new RepeatSuggester(), new LearnedSuggester());
    }

    /**
     * Every suggester's proposals for the document, in text order. A document whose text could not be read
     * gets none, and a proposal outside the text (a contributed suggester's mistake) is dropped: the editor
     * could not show it.
     */
    public static List<Suggestion> suggest(Document document, EntityDirectory entities) {
        return suggest(new SuggestionContext(document, entities, List.of()));
    }

    /** {@link #suggest(Document, EntityDirectory)}, with the analyst's own annotations for the suggesters that learn from them. */
    public static List<Suggestion> suggest(SuggestionContext context) {
        Document document = context.document();
        String text = document.getText();
        if (text == null) {
            return List.of();
        }
        // Two suggesters proposing one kind at overlapping spans (a known entity's mention "Paul Greaves" and a
        // learned "Greaves"; a repeat "forty-two soldiers" and a rule's "two soldiers") propose one thing twice: one
        // ghost, the surer proposal, the longer one of two as sure.
        List<Suggestion> proposed = new ArrayList<>();
        for (Suggester suggester : all()) {
            suggester.suggest(context).stream().filter(s -> 0 <= s.begin() && s.begin() < s.end() && s.end() <= text.length()).forEach(proposed::add);
        }
        proposed.sort(Comparator.comparingDouble(Suggestion::confidence).reversed().thenComparing(s -> s.begin() - s.end()));
        Map<EClass, TreeMap<Integer, Suggestion>> keptByKind = new HashMap<>();
        List<Suggestion> suggestions = new ArrayList<>();
        for (Suggestion candidate : proposed) {
            TreeMap<Integer, Suggestion> kept = keptByKind.computeIfAbsent(candidate.proposal().eClass(), kind -> new TreeMap<>());
            // the kept spans of a kind never overlap, so the one starting last before the candidate ends is the only one to check
            Map.Entry<Integer, Suggestion> before = kept.floorEntry(candidate.end() - 1);
            if (before == null || before.getValue().end() <= candidate.begin()) {
                kept.put(candidate.begin(), candidate);
                suggestions.add(candidate);
            }
        }
        suggestions.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(a.end(), b.end()));
        return suggestions;
    }
}
