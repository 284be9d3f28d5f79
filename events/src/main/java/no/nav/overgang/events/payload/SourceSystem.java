package no.nav.overgang.events.payload;

/** The system a milestone comes from. */
public enum SourceSystem {
    /** Sickness benefit (sykepenger). */
    SYKEPENGER,
    /** Work assessment allowance (arbeidsavklaringspenger). */
    AAP,
    /** Disability benefit (uføretrygd). */
    UFORETRYGD,
    /** The population register (folkeregisteret): deaths, emigration, moves. */
    FOLKEREGISTER,
    /** A correction entered by a pilot administrator. */
    ADMIN
}
