package com.acme.crm;

/** Not an entity, and needs a class nobody provides: the scan must not even load it. */
public class Helper extends com.acme.absent.Framework {
}
