/**
 * The floor of the hall (取号叫号): sites and their windows and queues, tickets, calling, the
 * calling board, appointments (预约), the VIP green channel (绿色通道) and queue statistics. Used by
 * the REST layer and the console; all state that must hold across nodes lives in the database.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.qinqing.hall.floor;
