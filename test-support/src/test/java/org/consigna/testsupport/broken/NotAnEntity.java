package org.consigna.testsupport.broken;

/** Listed in entities() without being one. */
public class NotAnEntity {
}
