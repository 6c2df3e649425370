package org.trapscope.ui.chart;

import org.trapscope.store.EventKind;

/**
 * The stacked layers of the timeline: event kinds grouped the way an analyst reads them, so the
 * chart has a handful of readable bands instead of seventeen.
 */
public enum KindGroup {
    CONNECTIONS("spamd connections"),
    ENVELOPES("envelopes (grey/black)"),
    MESSAGES("headers and bodies"),
    TRAPPING("trapping and greylisting"),
    FAILED_LOGINS("failed logins"),
    OTHER_LOGINS("other logins"),
    OTHER("other lines");

    private final String label;

    KindGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static KindGroup of(EventKind kind) {
        switch (kind) {
            case CONNECT:
            case DISCONNECT:
                return CONNECTIONS;
            case GREY:
            case BLACK:
                return ENVELOPES;
            case HEADER_FROM:
            case HEADER_TO:
            case SUBJECT:
            case BODY:
                return MESSAGES;
            case TRAPPING:
            case GREYLIST:
            case SPAMD_OTHER:
                return TRAPPING;
            case AUTH_FAILURE:
            case INVALID_USER:
                return FAILED_LOGINS;
            case AUTH_SUCCESS:
            case AUTH_SESSION:
                return OTHER_LOGINS;
            default:
                return OTHER;
        }
    }
}
