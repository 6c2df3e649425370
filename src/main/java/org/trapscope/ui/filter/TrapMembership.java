package org.trapscope.ui.filter;

/** The "In spamtraps" choice of the filter bar. */
public enum TrapMembership {
    ANY("any"), YES("yes"), NO("no");

    private final String label;

    TrapMembership(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
