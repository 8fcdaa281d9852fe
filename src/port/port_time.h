// SPDX-License-Identifier: MIT
// Time helpers of the platform layer that need no C library zone or locale
// code (port_zone.c, port_strftime.c): the ports choose them per host.
#ifndef KR_PORT_TIME_H
#define KR_PORT_TIME_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#include "port.h"

// timegm over possibly out-of-range fields (they carry into the next unit).
int64_t kr_port_zone_timegm(const KrPortTm *tm);
// localtime / mktime in the zone TZ names, read as glibc does (TZif files
// under /usr/share/zoneinfo, /etc/localtime, POSIX rules): as kr_port_localtime
// and kr_port_mktime, but -1 when TZ is unset and there is no /etc/localtime.
int kr_port_zone_localtime(int64_t t, KrPortTm *tm);
int kr_port_zone_mktime(const KrPortTm *tm, int64_t *out);
// strftime in the C locale with glibc's directives and flags (- _ 0 ^ # and a
// width), as kr_port_strftime.
size_t kr_port_strftime_c(char *buf, size_t size, const char *format, const KrPortTm *tm);

#endif
