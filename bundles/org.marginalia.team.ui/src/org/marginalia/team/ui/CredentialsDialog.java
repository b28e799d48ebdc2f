package org.marginalia.team.ui;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/**
 * Asks the analyst who they are at the team's {@code https:} repository: user name, password or token, and
 * whether to remember them in secure storage. The sync's job asks from its own thread and waits; the dialog
 * opens on the UI thread.
 */
final class CredentialsDialog extends Dialog {

    /** What the analyst entered. */
    record Answer(String user, char[] password, boolean remember) {
    }

    private final String message;
    private final String user;
    private Text userField;
    private Text passwordField;
    private Button rememberBox;
    private Answer answer;

    private CredentialsDialog(Shell parent, String message, String user) {
        super(parent);
        this.message = message;
        this.user = user;
    }

    /**
     * Asks on the UI thread and waits for the answer: empty when the analyst cancelled, or when there is no
     * workbench to ask in.
     *
     * @param message why they are asked (first time, or what they gave was refused)
     * @param user the user name to offer (from the remote's URL), or null
     */
    static Optional<Answer> ask(String message, String user) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return Optional.empty();
        }
        AtomicReference<Answer> answer = new AtomicReference<>();
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            CredentialsDialog dialog = new CredentialsDialog(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(), message, user);
            if (dialog.open() == OK) {
                answer.set(dialog.answer);
            }
        });
        return Optional.ofNullable(answer.get());
    }

    /** Says, without waiting, that credentials the analyst asked to remember could not be stored. */
    static void tellNotRemembered(String url, String reason) {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> MessageDialog.openWarning(
                    PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(), TeamTexts.credentialsNotRememberedTitle,
                    NLS.bind(TeamTexts.credentialsNotRemembered, url, reason)));
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TeamTexts.credentialsTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(message);
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(intro);
        new Label(area, SWT.NONE).setText(TeamTexts.credentialsUser);
        userField = new Text(area, SWT.BORDER);
        userField.setMessage(TeamTexts.credentialsUserHint);
        userField.setText(user == null ? "" : user);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(userField);
        new Label(area, SWT.NONE).setText(TeamTexts.credentialsPassword);
        passwordField = new Text(area, SWT.BORDER | SWT.PASSWORD);
        passwordField.setMessage(TeamTexts.credentialsPasswordHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(passwordField);
        rememberBox = new Button(area, SWT.CHECK);
        rememberBox.setText(TeamTexts.credentialsRemember);
        rememberBox.setSelection(true);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(rememberBox);
        userField.addListener(SWT.Modify, e -> updateOk());
        passwordField.addListener(SWT.Modify, e -> updateOk());
        (user == null ? userField : passwordField).setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        updateOk();
    }

    private void updateOk() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!userField.getText().isBlank() && !passwordField.getText().isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        answer = new Answer(userField.getText().strip(), passwordField.getTextChars(), rememberBox.getSelection());
        super.okPressed();
    }
}
