package org.marginalia.core.assist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
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
        return List.of(new QuoteSuggester(), new FigureSuggester(), new RoleSuggester(), new MentionSuggester());
    }

    /**
     * Every suggester's proposals for the document, in text order. A document whose text could not be read
     * gets none, and a proposal outside the text (a contributed suggester's mistake) is dropped: the editor
     * could not show it.
     */
    public static List<Suggestion> suggest(Document document, EntityDirectory entities) {
        String text = document.getText();
        if (text == null) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Suggester suggester : all()) {
            suggester.suggest(document, entities).stream().filter(s -> 0 <= s.begin() && s.begin() < s.end() && s.end() <= text.length())
                    .forEach(suggestions::add);
        }
        suggestions.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(a.end(), b.end()));
        return suggestions;
    }
}
