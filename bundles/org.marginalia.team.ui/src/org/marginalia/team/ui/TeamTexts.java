package org.marginalia.team.ui;

import org.eclipse.osgi.util.NLS;

/** The team's words on screen (credentials, set history), from teamtexts.properties, so that they can be translated. */
final class TeamTexts extends NLS {

    public static String credentialsTitle;
    public static String credentialsAsk;
    public static String credentialsRefused;
    public static String credentialsRefusedForgotten;
    public static String credentialsUser;
    public static String credentialsUserHint;
    public static String credentialsPassword;
    public static String credentialsPasswordHint;
    public static String credentialsRemember;
    public static String credentialsNotRememberedTitle;
    public static String credentialsNotRemembered;
    public static String credentialsForgotten;

    public static String historyTitle;
    public static String historyHow;
    public static String historyIntro;
    public static String historyNone;
    public static String historyColumnSet;
    public static String historyColumnWhen;
    public static String historyColumnWho;
    public static String historyColumnMessage;
    public static String historyOpen;
    public static String historyFailed;
    public static String historyVersion;
    public static String historyReadOnly;

    static {
        NLS.initializeMessages("org.marginalia.team.ui.teamtexts", TeamTexts.class);
    }

    private TeamTexts() {
    }
}
