package org.consigna.facilitystock.domain.dashboard;

import org.consigna.platform.wire.WireEnum;

/** What the dashboard groups by; each is a rollup of its own, per month. */
public enum Dimension implements WireEnum {
    FACILITY, ITEM, REP, MONTH
}
