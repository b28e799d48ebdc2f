package org.marginalia.rcp.help;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.Scheme;
import org.eclipse.swt.SWT;
import org.eclipse.ui.keys.IBindingService;

/**
 * The keys of Marginalia's commands as they are bound now, read from the binding service: a key rebound or
 * removed in Window > Preferences > General > Keys shows here as the analyst left it. Marginalia's commands
 * anywhere, and whatever is bound in its editor and review contexts (Next, Previous, Find).
 */
final class MarginaliaKeys {

    static final String EDITOR_CONTEXT = "org.marginalia.ui.contexts.editor";
    static final String REVIEW_CONTEXT = "org.marginalia.ui.contexts.review";
    static final String ANYWHERE = "Anywhere";
    static final String IN_A_DOCUMENT = "In a document";
    static final String IN_A_REVIEW = "In a review";
    private static final List<String> PLACES = List.of(ANYWHERE, IN_A_DOCUMENT, IN_A_REVIEW);

    /** One key: where it works, the keys to press, the command it runs and what that does. */
    record Key(String where, String keys, String command, String description) {
    }

    private MarginaliaKeys() {
    }

    static List<Key> current(IBindingService service) {
        Set<String> schemes = schemeChain(service);
        Map<List<Object>, List<Binding>> byTrigger = new LinkedHashMap<>();
        for (Binding binding : service.getBindings()) {
            if (schemes.contains(binding.getSchemeId()) && applies(binding.getPlatform(), SWT.getPlatform())
                    && applies(binding.getLocale(), Locale.getDefault().toString())) {
                byTrigger.computeIfAbsent(List.of(binding.getContextId(), binding.getTriggerSequence()), k -> new ArrayList<>()).add(binding);
            }
        }
        List<Key> keys = new ArrayList<>();
        for (List<Binding> sameTrigger : byTrigger.values()) {
            // The Keys preference page removes a key by adding a user binding with no command for it.
            boolean removedByUser = sameTrigger.stream().anyMatch(b -> b.getType() == Binding.USER && b.getParameterizedCommand() == null);
            for (Binding binding : sameTrigger) {
                ParameterizedCommand command = binding.getParameterizedCommand();
                if (command != null && !(removedByUser && binding.getType() == Binding.SYSTEM) && isMarginalia(binding)) {
                    keys.add(new Key(where(binding.getContextId()), binding.getTriggerSequence().format(), name(command), description(command)));
                }
            }
        }
        keys.sort(Comparator.comparing((Key key) -> PLACES.indexOf(key.where())).thenComparing(Key::command).thenComparing(Key::keys));
        return keys;
    }

    private static boolean isMarginalia(Binding binding) {
        return EDITOR_CONTEXT.equals(binding.getContextId()) || REVIEW_CONTEXT.equals(binding.getContextId())
                || binding.getParameterizedCommand().getId().startsWith("org.marginalia.");
    }

    private static String where(String contextId) {
        return switch (contextId) {
            case EDITOR_CONTEXT -> IN_A_DOCUMENT;
            case REVIEW_CONTEXT -> IN_A_REVIEW;
            default -> ANYWHERE;
        };
    }

    /** The active scheme and those it extends: their bindings all apply. */
    private static Set<String> schemeChain(IBindingService service) {
        Set<String> ids = new HashSet<>();
        Scheme scheme = service.getActiveScheme();
        try {
            while (scheme != null && ids.add(scheme.getId())) {
                String parent = scheme.getParentId();
                scheme = parent == null ? null : service.getScheme(parent);
            }
        } catch (NotDefinedException e) {
            // an undefined scheme has no parent to follow
        }
        return ids;
    }

    private static boolean applies(String restriction, String actual) {
        return restriction == null || restriction.isEmpty() || actual.startsWith(restriction);
    }

    private static String name(ParameterizedCommand command) {
        try {
            return command.getName();
        } catch (NotDefinedException e) {
            return command.getId();
        }
    }

    private static String description(ParameterizedCommand command) {
        try {
            String description = command.getCommand().getDescription();
            return description == null ? "" : description;
        } catch (NotDefinedException e) {
            return "";
        }
    }
}
