package org.trapscope.analysis;

import java.lang.ref.SoftReference;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.trapscope.load.Dataset;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;
import org.trapscope.store.Sessions;
import org.trapscope.traps.SpamtrapSet;

/**
 * Lookup tables built once per loaded dataset so that filters and reports work on ids: which
 * string ids are targets (envelope recipients and {@code To:} headers, grouped by normalised
 * address), which targets and user names are spamtraps. Building it is one pass over the
 * events; afterwards everything is read-only and may be shared between threads.
 */
public final class DatasetIndex {
    private static final int UNSEEN = -2;
    private static final int NOT_A_TARGET = -1;
    /** Events per piece of the parallel pass over the store. */
    private static final int CHUNK = 1 << 20;
    private static final byte NO_TARGET = 0;
    private static final byte USER_IN_A = 1;
    private static final byte TARGET_IN_A = 2;
    private static final byte TARGET_IN_B = 3;
    private static final byte[] TRAP_SLOTS = trapSlots();

    private final Dataset dataset;
    private final EventStore store;
    private final HostAttributes hosts;
    private final ZoneId zone;
    private final int[] targetOfString;
    private final String[] targetNames;
    private final boolean[] targetIsTrap;
    private final boolean[] userIsTrap;
    /** The events that name a target, and those that carry a subject (keyed by its string id). */
    private final KeyedEvents targetEvents;
    /** Per event: 1 when its target or user name is a spamtrap, 0 when not, -1 without one. */
    private final byte[] trapStateOfEvent;
    /** One bit per event: whether its connection was on a blocklist when it came. */
    private final long[] blacklistedEvents;
    private SoftReference<HostActivity> wholeHostActivity = new SoftReference<>(null);
    private final KeyedEvents subjectEvents;
    /** The failed logins that name a user, keyed by the user name's string id. */
    private final KeyedEvents loginEvents;
    private final Postings hostEvents;
    private final Postings textEvents;
    private Counts totals;
    private boolean[] realUsers;
    /**
     * Grouped reports of all the events, by report name: the view of opened data before any
     * filter. Softly held: the pairs of millions of failed logins take 100 MB or more, which
     * the heap may want back.
     */
    private final Map<String, Kept> wholeReports = new HashMap<>();

    /** A kept report and what it was built from, so that it is built again when that changes. */
    private record Kept(Object basis, SoftReference<ResultTable> table) {
    }

    public DatasetIndex(Dataset dataset, HostAttributes hosts, ZoneId zone) {
        this.dataset = dataset;
        this.store = dataset.events();
        this.hosts = hosts;
        this.zone = zone;
        int strings = store.stringCount();
        targetOfString = new int[strings];
        Arrays.fill(targetOfString, UNSEEN);
        userIsTrap = new boolean[strings];
        boolean[] userSeen = new boolean[strings];
        Map<String, Integer> groups = new HashMap<>();
        List<String> names = new ArrayList<>();
        SpamtrapSet traps = dataset.spamtraps();
        int to = EventKind.HEADER_TO.ordinal();
        IntList events = new IntList();
        IntList targetOfEvent = new IntList();
        IntList subjectLines = new IntList();
        IntList subjectOfLine = new IntList();
        int subjectKind = EventKind.SUBJECT.ordinal();
        IntList logins = new IntList();
        IntList userOfLogin = new IntList();
        for (int e = 0, n = store.size(); e < n; e++) {
            int k = store.kindOrdinal(e);
            int target = k == to ? store.text(e) : store.recipient(e);
            if (target >= 0 && targetOfString[target] == UNSEEN) {
                String name = TargetAddresses.normalise(store.string(target));
                if (name.isEmpty()) {
                    targetOfString[target] = NOT_A_TARGET;
                } else {
                    Integer group = groups.get(name);
                    if (group == null) {
                        group = names.size();
                        groups.put(name, group);
                        names.add(name);
                    }
                    targetOfString[target] = group;
                }
            }
            if (target >= 0 && targetOfString[target] >= 0) {
                events.add(e);
                targetOfEvent.add(targetOfString[target]);
            }
            int subject = k == subjectKind ? store.text(e) : -1;
            if (subject >= 0) {
                subjectLines.add(e);
                subjectOfLine.add(subject);
            }
            int user = store.user(e);
            if (user >= 0 && EventKind.ofOrdinal(k).isLoginAttempt()) {
                logins.add(e);
                userOfLogin.add(user);
            }
            if (user >= 0 && !userSeen[user]) {
                userSeen[user] = true;
                userIsTrap[user] = traps.isTrapUser(store.string(user));
            }
        }
        hostEvents = Postings.of(store.ips().size(), store.size(), new Postings.EventKeys() {
            @Override
            public int first(int event) {
                return store.ip(event);
            }

            @Override
            public int second(int event) {
                return -1;
            }
        });
        textEvents = textPostings(store);
        targetNames = names.toArray(new String[0]);
        targetEvents = new KeyedEvents(store, targetNames.length, events.toArray(), targetOfEvent.toArray());
        subjectEvents = new KeyedEvents(store, strings, subjectLines.toArray(), subjectOfLine.toArray());
        loginEvents = new KeyedEvents(store, strings, logins.toArray(), userOfLogin.toArray());
        targetIsTrap = new boolean[targetNames.length];
        for (int g = 0; g < targetNames.length; g++) {
            targetIsTrap[g] = traps.isTrap(targetNames[g]);
        }
        trapStateOfEvent = new byte[store.size()];
        blacklistedEvents = new long[(store.size() + 63) >>> 6];
        Sessions sessions = store.sessions();
        // chunks of a multiple of 64 events, so that no two threads write the same word
        IntStream.range(0, (store.size() + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            for (int e = c * CHUNK, end = Math.min(store.size(), e + CHUNK); e < end; e++) {
                trapStateOfEvent[e] = (byte) trapStateOf(e, store.kindOrdinal(e));
                int session = store.session(e);
                if (session >= 0 && sessions.isBlacklisted(session)) {
                    blacklistedEvents[e >>> 6] |= 1L << e;
                }
            }
        });
    }

    public Dataset dataset() {
        return dataset;
    }

    public EventStore store() {
        return store;
    }

    public HostAttributes hosts() {
        return hosts;
    }

    /** The zone times are shown in (the source zone, {@code --zone}). */
    public ZoneId zone() {
        return zone;
    }

    /** The events that name a target, keyed by target id. */
    KeyedEvents targetEvents() {
        return targetEvents;
    }

    /** The {@code Subject:} lines, keyed by their text's string id. */
    KeyedEvents subjectEvents() {
        return subjectEvents;
    }

    /** The failed logins that name a user, for the users and pairs reports. */
    KeyedEvents loginEvents() {
        return loginEvents;
    }

    /** Every host's events, for address conditions. */
    Postings hostEvents() {
        return hostEvents;
    }

    /**
     * The events under each string id they keep as searchable text (see {@link TextSlots}), and
     * under the extra key {@link #rawTextKey()} those whose text is only in the raw line.
     */
    Postings textEvents() {
        return textEvents;
    }

    /** The key of {@link #textEvents()} for events whose text only the raw line holds. */
    int rawTextKey() {
        return store.stringCount();
    }

    private static Postings textPostings(EventStore store) {
        int rawText = store.stringCount();
        return Postings.of(rawText + 1, store.size(), new Postings.EventKeys() {
            @Override
            public int first(int event) {
                return switch (TextSlots.of(store.kindOrdinal(event))) {
                    case TextSlots.SLOT_A, TextSlots.SLOTS_A_B -> store.slotA(event);
                    case TextSlots.RAW_TEXT -> rawText;
                    default -> -1;
                };
            }

            @Override
            public int second(int event) {
                int b = TextSlots.of(store.kindOrdinal(event)) == TextSlots.SLOTS_A_B ? store.slotB(event) : -1;
                // an envelope from and to the same address is one event under that string
                return b == store.slotA(event) ? -1 : b;
            }
        });
    }

    /**
     * The report of this selection, kept when it holds every event: that view is shown whenever
     * the filter is cleared, and with millions of hosts its tables take a while to count.
     */
    ResultTable reportOf(String name, EventSelection selection, Supplier<ResultTable> build) {
        return reportOf(name, null, selection, build);
    }

    /**
     * The same for a report that also depends on something besides the events: a kept report
     * is used only while {@code basis} is equal (options; host groupings, which online answers
     * replace with a new object whose arrays are new, so equal means the same).
     */
    ResultTable reportOf(String name, Object basis, EventSelection selection, Supplier<ResultTable> build) {
        if (selection.size() != store.size()) {
            return build.get();
        }
        synchronized (wholeReports) {
            Kept kept = wholeReports.get(name);
            ResultTable table = kept == null || !Objects.equals(kept.basis(), basis) ? null : kept.table().get();
            if (table == null) {
                table = build.get();
                wholeReports.put(name, new Kept(basis, new SoftReference<>(table)));
            }
            return table;
        }
    }

    /** The counts of all events, computed on first use and kept: every view shows them. */
    public synchronized Counts totals() {
        if (totals == null) {
            totals = Counts.of(this, EventSelection.all(store.size()), Runtime.getRuntime().availableProcessors());
        }
        return totals;
    }

    /**
     * Per string id, whether it is the user name of a successful login anywhere in the data (a
     * real account, never a harvest candidate); worked out on first use and kept.
     */
    public synchronized boolean isRealUser(int userString) {
        if (realUsers == null) {
            boolean[] real = new boolean[store.stringCount()];
            int success = EventKind.AUTH_SUCCESS.ordinal();
            for (int e = 0, n = store.size(); e < n; e++) {
                if (store.kindOrdinal(e) == success && store.user(e) >= 0) {
                    real[store.user(e)] = true;
                }
            }
            realUsers = real;
        }
        return realUsers[userString];
    }

    /** Number of distinct normalised target addresses. */
    public int targetCount() {
        return targetNames.length;
    }

    /** The normalised address of a target id. */
    public String targetName(int target) {
        return targetNames[target];
    }

    public boolean isTrapTarget(int target) {
        return targetIsTrap[target];
    }

    /** Whether the user name with this string id is a spamtrap at any trap domain. */
    public boolean isTrapUser(int userString) {
        return userIsTrap[userString];
    }

    /**
     * The target id of an event: the envelope recipient of a (GREY)/(BLACK) line or the address of
     * a {@code To:} header; -1 for other events.
     */
    public int target(int event) {
        int k = store.kindOrdinal(event);
        int s = k == EventKind.HEADER_TO.ordinal() ? store.text(event) : store.recipient(event);
        return s < 0 ? -1 : Math.max(-1, targetOfString[s]);
    }

    /**
     * Whether the event's target (address or, for logins, user name) is a spamtrap: 1 yes, 0 no,
     * -1 when the event has no target.
     */
    public int targetTrapState(int event) {
        // a byte per event, so that the spamtrap condition is one sequential read per event
        return trapStateOfEvent[event];
    }

    /**
     * The hosts' activity over every event, with sessions: a selection that is every event of
     * some hosts reads its own off it. Kept while memory allows, like the whole reports.
     */
    synchronized HostActivity wholeHostActivity() {
        HostActivity whole = wholeHostActivity.get();
        if (whole == null) {
            whole = HostActivity.of(store, EventSelection.all(store.size()), true);
            wholeHostActivity = new SoftReference<>(whole);
        }
        return whole;
    }

    /** Bit {@code e} set when event {@code e} belongs to a connection that was on a blocklist. */
    long[] blacklistedEvents() {
        return blacklistedEvents;
    }

    private int trapStateOf(int event, int kind) {
        return switch (TRAP_SLOTS[kind]) {
            case USER_IN_A -> {
                int user = store.slotA(event);
                yield user < 0 ? -1 : userIsTrap[user] ? 1 : 0;
            }
            case TARGET_IN_A -> trapStateOfString(store.slotA(event));
            case TARGET_IN_B -> trapStateOfString(store.slotB(event));
            default -> -1;
        };
    }

    private int trapStateOfString(int string) {
        int target = string < 0 ? -1 : targetOfString[string];
        return target < 0 ? -1 : targetIsTrap[target] ? 1 : 0;
    }

    /** Per kind, which slot names the event's target: a login's user name, a To: header, an envelope recipient. */
    private static byte[] trapSlots() {
        byte[] slots = new byte[EventKind.count()];
        for (EventKind kind : EventKind.values()) {
            slots[kind.ordinal()] = kind.carriesUser() ? USER_IN_A
                    : kind == EventKind.HEADER_TO ? TARGET_IN_A
                    : kind.isEnvelope() ? TARGET_IN_B : NO_TARGET;
        }
        return slots;
    }
}
