/** Spillage reports of faulty equipment (Open → Locked → Closed, deducted on entry), reason codes and the RMAs made from them. */
package org.consigna.purchasing.domain.spillage;
