package org.marginalia.team.ui;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;

/**
 * Answers JGit's "who are you?" for the team's {@code https:} repository from Eclipse secure storage (a node per
 * remote URL: the user name, and the password or token encrypted), or else by asking the analyst in a
 * {@link CredentialsDialog}, which can remember the answer there. When the repository refuses what was given, JGit
 * resets this provider: what was stored for that URL is removed at once (it would only be refused again), the
 * analyst is told so and asked again, and {@link #forgotten()} names it for the sync's message.
 * <p>
 * One instance serves one piece of work, a sync say: what the analyst typed is kept for its fetch and push, not
 * longer. Other remotes ({@code ssh:} keys, local folders) are not its business: it answers only {@code http(s):}.
 */
public final class SecureStorageCredentials extends CredentialsProvider {

    /** Where in secure storage the team's remotes are kept, one child node per remote URL. */
    public static final String REMOTES_NODE = "/org.marginalia.team/remotes";
    static final String USER_KEY = "user";
    static final String PASSWORD_KEY = "password";

    private final ISecurePreferences root;
    private final Map<String, CredentialsDialog.Answer> typed = new HashMap<>();
    private final Set<String> refused = new LinkedHashSet<>();
    private final Set<String> forgotten = new LinkedHashSet<>();
    private boolean cancelled;

    /** @param root the secure storage to keep credentials in: {@code SecurePreferencesFactory.getDefault()} in the workbench */
    public SecureStorageCredentials(ISecurePreferences root) {
        this.root = root;
    }

    @Override
    public boolean isInteractive() {
        return true;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        if (!isHttp(uri) || !supports(items)) {
            return false;
        }
        String url = urlOf(uri);
        Optional<CredentialsDialog.Answer> answer = Optional.ofNullable(typed.get(url)).or(() -> stored(url)).or(() -> askFor(uri, url));
        if (answer.isEmpty()) {
            return false;
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username user) {
                user.setValue(answer.get().user());
            } else if (item instanceof CredentialItem.Password password) {
                password.setValue(answer.get().password().clone());
            }
        }
        return true;
    }

    /** JGit's word that the repository refused what was given for {@code uri}: it is not offered again. */
    @Override
    public void reset(URIish uri) {
        String url = urlOf(uri);
        typed.remove(url);
        refused.add(url);
        if (forget(url)) {
            forgotten.add(url);
        }
    }

    /** The remote URLs whose stored credentials were refused and removed from secure storage during this work. */
    public List<String> forgotten() {
        return List.copyOf(forgotten);
    }

    /** Whether the analyst was asked who they are and gave no answer (Cancel). */
    public boolean cancelled() {
        return cancelled;
    }

    /** What secure storage holds for {@code url}, if anything it can read. */
    Optional<CredentialsDialog.Answer> stored(String url) {
        String path = nodePath(url);
        if (!root.nodeExists(path)) {
            return Optional.empty();
        }
        ISecurePreferences node = root.node(path);
        try {
            String user = node.get(USER_KEY, null);
            String password = node.get(PASSWORD_KEY, null);
            return user == null || password == null ? Optional.empty() : Optional.of(new CredentialsDialog.Answer(user, password.toCharArray(), true));
        } catch (StorageException e) {
            // Secure storage could not decrypt it (its master password was not given, say): the analyst is asked instead.
            return Optional.empty();
        }
    }

    /** Keeps the analyst's answer for {@code url} in secure storage, the password or token encrypted. */
    void remember(String url, CredentialsDialog.Answer answer) throws StorageException, IOException {
        ISecurePreferences node = root.node(nodePath(url));
        try {
            node.put(USER_KEY, answer.user(), false);
            node.put(PASSWORD_KEY, new String(answer.password()), true);
            root.flush();
        } catch (StorageException | IOException e) {
            node.removeNode(); // half a pair would only be refused
            throw e;
        }
    }

    private Optional<CredentialsDialog.Answer> askFor(URIish uri, String url) {
        String message = NLS.bind(forgotten.contains(url) ? TeamTexts.credentialsRefusedForgotten
                : refused.contains(url) ? TeamTexts.credentialsRefused : TeamTexts.credentialsAsk, url);
        Optional<CredentialsDialog.Answer> answer = CredentialsDialog.ask(message, uri.getUser());
        if (answer.isEmpty()) {
            cancelled = true;
            return answer;
        }
        typed.put(url, answer.get());
        if (answer.get().remember()) {
            try {
                remember(url, answer.get());
            } catch (StorageException | IOException e) {
                CredentialsDialog.tellNotRemembered(url, e.getMessage());
            }
        }
        return answer;
    }

    private boolean forget(String url) {
        String path = nodePath(url);
        if (!root.nodeExists(path)) {
            return false;
        }
        root.node(path).removeNode();
        try {
            root.flush();
        } catch (IOException e) {
            // Removed from memory: this session does not offer it again, and the next save of the storage drops it.
        }
        return true;
    }

    private static boolean isHttp(URIish uri) {
        return "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
    }

    /** The remote's URL without a password, as the analyst would recognise it and as the storage names its node. */
    static String urlOf(URIish uri) {
        return uri.setPass(null).toString();
    }

    static String nodePath(String url) {
        return REMOTES_NODE + "/" + EncodingUtils.encodeSlashes(url);
    }
}
