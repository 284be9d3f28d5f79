package no.nav.overgang.stack.access;

/**
 * How far a role's permission on an endpoint reaches. The walk calls every endpoint as a user of the office, unit or
 * pool that owns the test objects ("own") and as one of another ("other"), and expects what the scope says.
 */
enum Scope {
    /** Every object: the role's task spans the pilot (administrator, source system, analysis of one's own CSV). */
    ANY("yes"),
    /** An object of the user's own NAV office; another office's object answers 403. */
    OWN_OFFICE("own office"),
    /** An object that the user's benefits unit serves; another unit's object answers 403. */
    OWN_UNIT("own unit"),
    /** A conference that invites the user's medical adviser pool; otherwise 403. */
    INVITED("invited pool"),
    /** A list of the user's own offices' objects: 200 for everyone with the role, no other office's object in it. */
    LIST_OWN_OFFICES("list: own offices"),
    /** A list of the user's own units' objects. */
    LIST_OWN_UNITS("list: own units"),
    /** A list of the conferences that invite the user's pool. */
    LIST_INVITED("list: invited"),
    /** Counts only: no national id and no case key in the answer. */
    AGGREGATE("aggregates only"),
    /** Rows by case key, never a national id. */
    PSEUDONYMOUS("pseudonymous rows");

    private final String words;

    Scope(String words) {
        this.words = words;
    }

    String words() {
        return words;
    }

    /** Allowed for the own office, unit or pool only: another one's object is refused. */
    boolean objectScoped() {
        return this == OWN_OFFICE || this == OWN_UNIT || this == INVITED;
    }

    /** Allowed for everyone with the role, but filtered to the user's own offices, units or pool. */
    boolean listScoped() {
        return this == LIST_OWN_OFFICES || this == LIST_OWN_UNITS || this == LIST_INVITED;
    }
}
