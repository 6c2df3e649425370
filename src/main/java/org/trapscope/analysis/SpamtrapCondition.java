package org.trapscope.analysis;

/** The {@code --in-spamtraps} condition on an event's target address or user name. */
public enum SpamtrapCondition {
    /** No condition. */
    ANY,
    /** The target address or user name is a spamtrap. */
    YES,
    /** The event has a target address or user name and it is not a spamtrap. */
    NO
}
