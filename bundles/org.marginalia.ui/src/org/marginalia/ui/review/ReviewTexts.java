package org.marginalia.ui.review;

import org.eclipse.osgi.util.NLS;

/** The review's words on screen, from reviewtexts.properties, so that they can be translated. */
final class ReviewTexts extends NLS {

    public static String notACorpusDocument;
    public static String reviewDocumentTitle;
    public static String reviewDocumentHow;
    public static String strategy;
    public static String tolerance;
    public static String toleranceTip;
    public static String autoMerge;
    public static String autoMergeTip;
    public static String columnState;
    public static String columnKind;
    public static String columnText;
    public static String columnAnalysts;
    public static String columnNumber;
    public static String columnCurated;
    public static String columnAttributes;
    public static String versionsTitle;
    public static String acceptedMark;
    public static String logTab;
    public static String logTip;
    public static String agreementTab;
    public static String status;
    public static String autoMergeTitle;
    public static String autoMergeNothing;
    public static String autoMergeQuestion;
    public static String autoMergeConfirm;
    public static String autoMergeDone;
    public static String curatedOf;

    public static String agreementTitle;
    public static String agreementKind;
    public static String agreementFleiss;
    public static String agreementFleissTip;
    public static String agreementItems;
    public static String agreementItemsTip;
    public static String agreementAlpha;
    public static String agreementAlphaTip;
    public static String agreementUnits;
    public static String agreementRaters;
    public static String agreementRatersTip;
    public static String agreementUnitsTip;
    public static String agreementF1Strict;
    public static String agreementF1StrictTip;
    public static String agreementF1Overlapping;
    public static String agreementF1OverlappingTip;
    public static String agreementMatched;
    public static String agreementLegend;
    public static String agreementCell;
    public static String agreementNoAnalysts;
    public static String copyCsv;
    public static String saveCsv;
    public static String saveCsvFailed;

    static {
        NLS.initializeMessages("org.marginalia.ui.review.reviewtexts", ReviewTexts.class);
    }

    private ReviewTexts() {
    }
}
