// SPDX-License-Identifier: MIT
// The interpreter's lifecycle (start-up as the seeds describe it, tear-down)
// and the public embedding API of krait.h.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../compiler/ast.h"
#include "../module/modules.h"
#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/slots.h"
#include "../object/str.h"
#include "../port/port.h"
#include "../base/utf8.h"
#include "frame.h"
#include "import.h"
#include "warn.h"
#include "marshal.h"
#include "pyc.h"

#define T(t) extern KrType t;
#include "../object/types.def"
#undef T

int kr_exc_ready_types(void);
int kr_builtins_add_exec(KrThread *ts, KrObject *builtins);

// Readies every static type once per process; the work is idempotent, so a
// second interpreter (or thread) doing it again changes nothing.
static void ready_static_types(void) {
    int index = 1;
    kr_exc_ready_types();
#define T(t) kr_type_ready(&t, index++);
#include "../object/types.def"
#undef T
#define EXC(name, base) kr_type_ready(&kr_exc_##name, index++);
#include "../object/exceptions.def"
#undef EXC
    kr_type_ready(&kr_exc_BaseExceptionGroup, index++);
    kr_type_ready(&kr_exc_ExceptionGroup, index++);
}

void kr_vm_write(KrVM *vm, int fd, const char *data, size_t len) {
    if (vm->config.write) {
        vm->config.write(vm->config.userdata, fd, data, len);
    } else {
        kr_port_write(fd, data, len);
    }
}

void kr_vm_flush(KrVM *vm, int fd) {
    if (!vm->config.write) {
        kr_port_flush(fd);
    }
}

long kr_vm_readline(KrVM *vm, char *buf, size_t size) {
    if (vm->config.readline) {
        return vm->config.readline(vm->config.userdata, buf, size);
    }
    return kr_port_readline(buf, size);
}

const char *kr_vm_platform(void) {
    return kr_port_platform();
}

// Fills the one-character and empty string caches that builtins use directly.
static int init_str_cache(KrThread *ts) {
    for (uint32_t c = 0; c < 256; c++) {
        KrObject *s = kr_str_from_codepoint(ts, c);
        if (!s) {
            return -1;
        }
        KR_DECREF(ts, s);
    }
    KrObject *e = kr_str_from_utf8(ts, "", 0);
    if (!e) {
        return -1;
    }
    KR_DECREF(ts, e);
    return ts->vm->latin1[' '] && ts->vm->empty_str ? 0 : -1;
}

static int init_ids(KrThread *ts) {
    static const char *const names[] = {
#define X(n) #n,
        KR_IDS(X)
#undef X
    };
    for (int i = 0; i < KR_ID_COUNT; i++) {
        const char *n = names[i];
        if (strcmp(n, "default_") == 0) {
            n = "default";
        }
        ts->vm->ids[i] = kr_str_intern_cstr(ts, n);
        if (!ts->vm->ids[i]) {
            return -1;
        }
    }
    return 0;
}

static int init_modules(KrThread *ts) {
    KrVM *vm = ts->vm;
    vm->modules = kr_dict_new(ts);
    if (!vm->modules) {
        return -1;
    }
    vm->builtins_module = kr_builtins_create(ts);
    if (!vm->builtins_module) {
        return -1;
    }
    vm->builtins = KR_INCREF(KR_MODULE_DICT(vm->builtins_module));
    if (kr_builtins_add_exec(ts, vm->builtins) < 0) {
        return -1;
    }
    vm->sys_module = kr_sys_create(ts);
    if (!vm->sys_module) {
        return -1;
    }
    vm->sys_dict = KR_INCREF(KR_MODULE_DICT(vm->sys_module));
    if (kr_dict_set_item_str(ts, vm->sys_dict, "modules", vm->modules) < 0 ||
        kr_dict_set_item_str(ts, vm->modules, "builtins", vm->builtins_module) < 0 ||
        kr_dict_set_item_str(ts, vm->modules, "sys", vm->sys_module) < 0) {
        return -1;
    }
    KrObject *name = kr_str_from_cstr(ts, "__main__");
    vm->main_module = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (!vm->main_module) {
        return -1;
    }
    KrObject *md = KR_MODULE_DICT(vm->main_module);
    if (kr_dict_set_item(ts, md, KR_ID(ts, __builtins__), vm->builtins_module) < 0 ||
        kr_dict_set_item_str(ts, vm->modules, "__main__", vm->main_module) < 0) {
        return -1;
    }
    // The other C modules of modules.def are made when first imported
    // (BuiltinImporter.create_module): start-up pays only for builtins and sys.
    return kr_import_init(ts) < 0 ? -1 : kr_import_site_builtins(ts);
}

KrVM *krait_new(const KrConfig *config) {
    ready_static_types();
    KrVM *vm = calloc(1, sizeof(KrVM));
    KrThread *ts = calloc(1, sizeof(KrThread));
    if (!vm || !ts) {
        free(vm);
        free(ts);
        return NULL;
    }
    vm->objects.next = vm->objects.prev = &vm->objects;
    kr_gc_init(vm);
    vm->main_thread = ts;
    vm->recursion_limit = 1000;
    vm->type_cache_epoch = 1;
    vm->int_max_str_digits = 4300;
    vm->switch_interval = 0.005;
    vm->dlopen_flags = 2; // RTLD_NOW, CPython's default on Linux
    if (config) {
        vm->config = *config;
    }
    ts->vm = vm;
    // The MemoryError instance is made first so that any later failure can be reported.
    KrException *me = (KrException *)kr_object_alloc(ts, &kr_exc_MemoryError, sizeof(KrException));
    if (!me) {
        free(vm);
        free(ts);
        return NULL;
    }
    vm->memory_error = (KrObject *)me;
    if (kr_tuple_init(ts) < 0 || kr_int_init_cache(ts) < 0 || !(me->args = kr_tuple_new(ts, 0)) ||
        init_str_cache(ts) < 0 || init_ids(ts) < 0 || kr_warn_init(ts) < 0 || init_modules(ts) < 0) {
        krait_free(vm);
        return NULL;
    }
    return vm;
}

// As CPython's module teardown: the globals are set to None in order (names
// with one leading underscore first), so the finalizers of the objects they
// held run while the interpreter still works.
static void clear_module_globals(KrThread *ts, KrObject *dict) {
    KrObject *keys = kr_list_from_iterable(ts, dict);
    if (!keys) {
        kr_err_clear(ts);
        return;
    }
    for (int pass = 0; pass < 2; pass++) {
        for (intptr_t i = 0; i < KR_LIST_SIZE(keys); i++) {
            KrObject *k = KR_LIST_ITEMS(keys)[i];
            const char *name = kr_str_check(k) ? kr_str_utf8(ts, k, NULL) : NULL;
            if (!name || strcmp(name, "__builtins__") == 0) {
                continue;
            }
            bool underscore = name[0] == '_' && name[1] != '_';
            if (underscore == (pass == 0) && kr_dict_set_item(ts, dict, k, KR_NONE) < 0) {
                kr_err_clear(ts);
            }
        }
    }
    KR_DECREF(ts, keys);
    kr_err_clear(ts);
}

void kr_state_run_atexit(KrThread *ts) {
    KrVM *vm = ts->vm;
    // As CPython: the handlers registered so far run; any registered while
    // they run are dropped with the rest. Unregistered entries are None.
    KrObject *list = vm->atexit_funcs;
    vm->atexit_funcs = NULL;
    for (intptr_t i = list ? KR_LIST_SIZE(list) - 1 : -1; i >= 0; i--) {
        KrObject *entry = KR_LIST_ITEMS(list)[i];
        if (!kr_tuple_check(entry)) {
            continue;
        }
        KrObject *func = KR_TUPLE_GET(entry, 0);
        KrObject *r = kr_call_tuple_dict(ts, func, KR_TUPLE_GET(entry, 1), KR_TUPLE_GET(entry, 2));
        if (r) {
            KR_DECREF(ts, r);
        } else {
            kr_gc_write_unraisable_msg(ts, "in atexit callback", func);
        }
    }
    KR_XDECREF(ts, list);
    KR_CLEAR(ts, vm->atexit_funcs);
}

static void drop_paused_run(KrThread *ts);

// Tears the heap down: run the atexit handlers, drop the roots, break every
// remaining cycle with the types' clear slots, then free whatever is left.
void krait_free(KrVM *vm) {
    if (!vm) {
        return;
    }
    KrThread *ts = vm->main_thread;
    kr_err_clear(ts);
    kr_state_run_atexit(ts);
    vm->finalizing = true;
    KR_CLEAR(ts, vm->atexit_funcs);
    drop_paused_run(ts);
    KR_CLEAR(ts, vm->codec_search_path);
    KR_CLEAR(ts, vm->codec_cache);
    KR_CLEAR(ts, vm->codec_errors);
    KR_CLEAR(ts, vm->struct_error);
    KR_CLEAR(ts, vm->binascii_error);
    KR_CLEAR(ts, vm->binascii_incomplete);
    KR_CLEAR(ts, ts->exc_info);
    KR_CLEAR(ts, ts->repr_running);
    KR_CLEAR(ts, ts->trace_func);
    KR_CLEAR(ts, ts->profile_func);
    KR_CLEAR(ts, ts->context);
    KR_CLEAR(ts, ts->asyncgen_firstiter);
    KR_CLEAR(ts, ts->asyncgen_finalizer);
    KR_CLEAR(ts, vm->audit_hooks);
    ts->trace_on = false;
    // Cycles are collected first, while every module still works (CPython's
    // finalize_modules does the same).
    kr_gc_collect(ts, KR_GC_GENERATIONS - 1);
    if (vm->main_module) {
        clear_module_globals(ts, KR_MODULE_DICT(vm->main_module));
        // Cycles the script's globals held die now, while sys.stdout works.
        kr_gc_collect(ts, KR_GC_GENERATIONS - 1);
    }
    if (vm->modules) {
        kr_dict_clear(ts, vm->modules);
    }
    KrObject **roots[] = {&vm->main_module, &vm->sys_module, &vm->sys_dict, &vm->builtins_module, &vm->builtins,
                          &vm->modules, &vm->io_unsupported};
    for (size_t i = 0; i < sizeof(roots) / sizeof(roots[0]); i++) {
        KR_CLEAR(ts, *roots[i]);
    }
    // Cyclic garbage left by the program is finalized properly (PEP 442)
    // while the interpreter still works.
    kr_gc_collect(ts, KR_GC_GENERATIONS - 1);
    vm->gc.enabled = false;
    kr_warn_fini(ts);
    KR_CLEAR(ts, vm->gc.garbage);
    KR_CLEAR(ts, vm->gc.callbacks);
    // Every list that holds objects: the non-GC ones first, then the collector's.
    KrLink *lists[] = {&vm->objects, &vm->gc.gens[0], &vm->gc.gens[1], &vm->gc.gens[2], &vm->gc.permanent,
                       &vm->gc.untracked};
    const size_t nlists = sizeof(lists) / sizeof(lists[0]);
    // Pin every object, clear the references it holds, then unpin: objects
    // reach zero and are freed by their own dealloc, cycles included. They
    // are marked finalized first: a __del__ must not see a cleared object.
    intptr_t n = vm->object_count;
    KrObject **all = malloc(sizeof(KrObject *) * (size_t)(n > 0 ? n : 1));
    if (all) {
        intptr_t k = 0;
        for (size_t li = 0; li < nlists; li++) {
            for (KrLink *l = lists[li]->next; l != lists[li] && k < n; l = l->next) {
                KrObject *o = (KrObject *)(l + 1);
                o->refcnt++;
                if (li > 0) {
                    kr_gc_head(o)->flags |= KR_GC_FINALIZED;
                }
                all[k++] = o;
            }
        }
        for (intptr_t i = 0; i < k; i++) {
            KrType *t = KR_TYPE(all[i]);
            if (t->clear && t != &kr_str_type) {
                t->clear(ts, all[i]);
            }
        }
        for (intptr_t i = 0; i < KR_ID_COUNT; i++) {
            KR_CLEAR(ts, vm->ids[i]);
        }
        kr_slots_release(ts);
        for (int i = 0; i < KR_LITERAL_CACHE_SIZE; i++) {
            KR_CLEAR(ts, vm->literals[i].str);
        }
        for (int i = 0; i < KR_MAX_STATIC_TYPES; i++) {
            KR_CLEAR(ts, vm->static_types[i].dict);
            KR_CLEAR(ts, vm->static_types[i].mro);
        }
        KR_CLEAR(ts, vm->interned);
        KR_CLEAR(ts, vm->empty_tuple);
        KR_CLEAR(ts, vm->empty_str);
        KR_CLEAR(ts, vm->empty_bytes);
        KR_CLEAR(ts, vm->memory_error);
        for (int i = 0; i < 256; i++) {
            KR_CLEAR(ts, vm->latin1[i]);
        }
        for (int i = 0; i <= KR_SMALL_INT_MAX - KR_SMALL_INT_MIN; i++) {
            KR_CLEAR(ts, vm->small_ints[i]);
        }
        for (intptr_t i = 0; i < k; i++) {
            KR_DECREF(ts, all[i]);
        }
        free(all);
    }
    // Whatever survived (objects without a clear slot in a cycle) is freed raw.
    for (size_t li = 0; li < nlists; li++) {
        while (lists[li]->next != lists[li]) {
            KrLink *l = lists[li]->next;
            l->next->prev = l->prev;
            l->prev->next = l->next;
            kr_pool_free(&vm->pool, li > 0 ? (void *)((char *)l - offsetof(KrGCHead, link)) : (void *)l);
        }
    }
    kr_weakref_table_free(ts, &vm->weakrefs);
    // Free-listed objects keep pool blocks (their links chain the list).
    KrFreeList *free_lists[] = {&vm->free_ints, &vm->free_floats};
    for (size_t i = 0; i < sizeof(free_lists) / sizeof(free_lists[0]); i++) {
        while (free_lists[i]->head) {
            KrLink *l = free_lists[i]->head;
            free_lists[i]->head = l->next;
            kr_pool_free(&vm->pool, l);
        }
    }
    kr_pool_destroy(&vm->pool);
    while (vm->free_frames) {
        KrFrame *f = vm->free_frames;
        vm->free_frames = f->back;
        free(f);
    }
    free(vm->last_error);
    free(ts);
    free(vm);
}

// ---- running code --------------------------------------------------------------

static void set_last_error(KrVM *vm, KrThread *ts, KrObject *exc) {
    free(vm->last_error);
    vm->last_error = NULL;
    if (!exc) {
        return;
    }
    KrObject *s = kr_str(ts, exc);
    const char *name = kr_type_name_cstr(KR_TYPE(exc));
    const char *msg = s ? kr_str_utf8(ts, s, NULL) : NULL;
    size_t len = strlen(name) + (msg ? strlen(msg) : 0) + 3;
    vm->last_error = malloc(len);
    if (vm->last_error) {
        if (msg && *msg) {
            snprintf(vm->last_error, len, "%s: %s", name, msg);
        } else {
            snprintf(vm->last_error, len, "%s", name);
        }
    }
    KR_XDECREF(ts, s);
    kr_err_clear(ts);
}

// Flushes sys.stdout/sys.stderr if they have a flush method.
static void flush_std(KrThread *ts) {
    KrObject *saved = kr_err_fetch(ts);
    for (int i = 0; i < 2; i++) {
        KrObject *f = kr_dict_get_item(ts, ts->vm->sys_dict, i ? KR_ID(ts, stderr) : KR_ID(ts, stdout));
        if (f && f != KR_NONE) {
            KrObject *r = kr_call_method(ts, f, KR_ID(ts, flush), NULL, 0);
            KR_XDECREF(ts, r);
        }
        kr_err_clear(ts);
        kr_vm_flush(ts->vm, i ? 2 : 1);
    }
    kr_err_restore(ts, saved);
}

// The exit status for an uncaught exception, printing it as CPython does.
static int handle_exception(KrVM *vm, KrThread *ts) {
    KrObject *exc = kr_err_fetch(ts);
    if (!exc) {
        return 0;
    }
    int status = 1;
    flush_std(ts);
    if (kr_isinstance_type(exc, &kr_exc_SystemExit)) {
        vm->exit_status = 1;
        KrObject *d = kr_object_get_dict(ts, exc, false);
        KrObject *code = d ? kr_dict_get_item_str(ts, d, "code") : NULL;
        if (!code || code == KR_NONE) {
            status = 0;
        } else if (kr_int_check(code)) {
            int ovf;
            int64_t v = kr_int_as_i64(code, &ovf);
            status = ovf ? -1 : (int)v;
        } else {
            KrObject *s = kr_str(ts, code);
            if (s) {
                size_t n;
                const char *u = kr_str_utf8(ts, s, &n);
                if (u) {
                    kr_vm_write(vm, 2, u, n);
                    kr_vm_write(vm, 2, "\n", 1);
                }
                KR_DECREF(ts, s);
            }
            kr_err_clear(ts);
            status = 1;
        }
        free(vm->last_error);
        vm->last_error = NULL;
        KR_DECREF(ts, exc);
        return status;
    }
    kr_err_print(ts, exc);
    set_last_error(vm, ts, exc);
    KR_DECREF(ts, exc);
    return status;
}

static int run_code(KrVM *vm, KrThread *ts, KrObject *code) {
    KrObject *globals = KR_MODULE_DICT(vm->main_module);
    KrObject *r = kr_eval_code(ts, code, globals, globals);
    int status = 0;
    if (!r) {
        status = handle_exception(vm, ts);
    } else {
        KR_DECREF(ts, r);
        free(vm->last_error);
        vm->last_error = NULL;
    }
    flush_std(ts);
    return status;
}

int krait_start(KrVM *vm, const char *source, const char *filename) {
    KrThread *ts = vm->main_thread;
    if (ts->pause_entry) {
        kr_vm_write(vm, 2, "krait_start: a run is in progress\n", 34);
        return 2;
    }
    vm->exit_status = 0;
    if (!filename) {
        filename = "<string>";
    }
    KrObject *globals = KR_MODULE_DICT(vm->main_module);
    KrObject *fn = kr_str_from_cstr(ts, filename);
    if (!fn || kr_dict_set_item(ts, globals, KR_ID(ts, __file__), fn) < 0) {
        KR_XDECREF(ts, fn);
        return handle_exception(vm, ts);
    }
    KR_DECREF(ts, fn);
    KrObject *code = kr_compile_source(ts, source, strlen(source), filename, KR_MODE_EXEC, NULL);
    KrFrame *f = code ? kr_eval_prepare(ts, code, globals, globals) : NULL;
    KR_XDECREF(ts, code);
    if (!f) {
        return handle_exception(vm, ts);
    }
    ts->pause_entry = f;
    ts->paused = f;
    return 0;
}

int krait_step(KrVM *vm, long long budget) {
    KrThread *ts = vm->main_thread;
    KrFrame *entry = ts->pause_entry, *start = ts->paused;
    if (!entry || !start) {
        kr_vm_write(vm, 2, "krait_step: nothing to run (call krait_start)\n", 46);
        return 2;
    }
    ts->paused = NULL;
    ts->budget = budget > 0 ? (int64_t)budget : 0;
    KrObject *r = kr_eval_resume(ts, entry, start);
    ts->budget = 0;
    if (!r && ts->paused) {
        return KRAIT_PAUSED;
    }
    ts->pause_entry = NULL;
    kr_frame_free(ts, entry);
    int status = 0;
    if (!r) {
        status = handle_exception(vm, ts);
    } else {
        KR_DECREF(ts, r);
        free(vm->last_error);
        vm->last_error = NULL;
    }
    flush_std(ts);
    return status;
}

// A run left paused when the interpreter goes: its frames are released.
static void drop_paused_run(KrThread *ts) {
    KrFrame *f = ts->paused, *entry = ts->pause_entry;
    ts->paused = ts->pause_entry = NULL;
    while (f && entry) {
        KrFrame *back = f == entry ? NULL : f->back;
        kr_frame_free(ts, f);
        f = back;
    }
}

int krait_run_string(KrVM *vm, const char *source, const char *filename) {
    KrThread *ts = vm->main_thread;
    vm->exit_status = 0;
    if (!filename) {
        filename = "<string>";
    }
    KrObject *fn = kr_str_from_cstr(ts, filename);
    if (!fn || kr_dict_set_item(ts, KR_MODULE_DICT(vm->main_module), KR_ID(ts, __file__), fn) < 0) {
        KR_XDECREF(ts, fn);
        return handle_exception(vm, ts);
    }
    KR_DECREF(ts, fn);
    KrObject *code = kr_compile_source(ts, source, strlen(source), filename, KR_MODE_EXEC, NULL);
    if (!code) {
        return handle_exception(vm, ts);
    }
    int status = run_code(vm, ts, code);
    KR_DECREF(ts, code);
    return status;
}

int krait_run_file(KrVM *vm, const char *path) {
    size_t len;
    int err = 0;
    char *text = kr_port_read_file(path, &len, &err);
    if (!text) {
        char msg[512], buf[KR_PORT_STRERROR_SIZE];
        err = kr_port_errno_linux(err);
        snprintf(msg, sizeof msg, "krait: can't open file '%s': [Errno %d] %s\n", path, err, kr_port_strerror(err, buf));
        kr_vm_write(vm, 2, msg, strlen(msg));
        return 2;
    }
    KrThread *ts = vm->main_thread;
    vm->exit_status = 0;
    // As CPython 3.11, the main script's __file__ and code filename are absolute.
    char *abs = kr_port_abspath(path);
    KrObject *fn = kr_str_from_cstr(ts, abs ? abs : path);
    if (abs) {
        path = abs;
    }
    if (kr_import_set_script_dir(ts, path) < 0) {
        kr_err_clear(ts);
    }
    if (!fn || kr_dict_set_item(ts, KR_MODULE_DICT(vm->main_module), KR_ID(ts, __file__), fn) < 0) {
        KR_XDECREF(ts, fn);
        kr_port_free(text);
        kr_port_free(abs);
        return handle_exception(vm, ts);
    }
    KR_DECREF(ts, fn);
    char *decoded = NULL;
    const char *src = kr_source_decode(ts, text, &len, path, true, &decoded);
    KrObject *code = src ? kr_compile_source(ts, src, len, path, KR_MODE_EXEC, NULL) : NULL;
    kr_mem_free(ts, decoded);
    kr_port_free(text);
    kr_port_free(abs);
    if (!code) {
        return handle_exception(vm, ts);
    }
    int status = run_code(vm, ts, code);
    KR_DECREF(ts, code);
    return status;
}

int krait_compile_marshal(KrVM *vm, const char *source, size_t len, const char *filename, char **out,
                          size_t *out_len) {
    KrThread *ts = vm->main_thread;
    char *decoded = NULL;
    const char *src = kr_source_decode(ts, source, &len, filename, false, &decoded);
    KrObject *code = src ? kr_compile_source(ts, src, len, filename, KR_MODE_EXEC, NULL) : NULL;
    kr_mem_free(ts, decoded);
    KrObject *data = code ? kr_marshal_dumps(ts, code, KR_MARSHAL_VERSION) : NULL;
    KR_XDECREF(ts, code);
    *out = data ? malloc((size_t)KR_BYTES_SIZE(data) + 1) : NULL;
    if (!*out) {
        if (data) {
            kr_err_no_memory(ts);
        }
        KR_XDECREF(ts, data);
        handle_exception(vm, ts);
        flush_std(ts);
        return 1;
    }
    *out_len = (size_t)KR_BYTES_SIZE(data);
    memcpy(*out, KR_BYTES_DATA(data), *out_len);
    KR_DECREF(ts, data);
    return 0;
}

unsigned long krait_bytecode_magic(void) {
    return kr_pyc_magic();
}

// The spec `-m name` runs: a package's NAME.__main__; NULL with the message
// runpy prints (as ImportError) when there is none.
static KrObject *main_spec(KrThread *ts, KrObject *name) {
    KrObject *spec = kr_import_find_spec(ts, name);
    if (!spec && (kr_err_matches(ts, &kr_exc_ImportError) || kr_err_matches(ts, &kr_exc_AttributeError) ||
                  kr_err_matches(ts, &kr_exc_TypeError) || kr_err_matches(ts, &kr_exc_ValueError))) {
        KrObject *exc = kr_err_fetch(ts);
        size_t n;
        const char *s = kr_str_utf8(ts, name, &n);
        KrObject *stem = s && n > 3 && strcmp(s + n - 3, ".py") == 0 ? kr_str_substr(ts, name, 0, KR_STR_LEN(name) - 3)
                                                                     : NULL;
        KrObject *hint = stem ? kr_str_from_format(ts, ". Try using '%U' instead of '%U' as the module name.", stem, name)
                              : kr_str_empty(ts);
        KR_XDECREF(ts, stem);
        if (hint) {
            kr_err_format(ts, &kr_exc_ImportError, "Error while finding module specification for %R (%T: %S)%U", name,
                          exc, exc, hint);
            KR_DECREF(ts, hint);
        }
        KR_DECREF(ts, exc);
        return NULL;
    }
    if (spec == KR_NONE) {
        KR_DECREF(ts, spec);
        kr_err_format(ts, &kr_exc_ImportError, "No module named %U", name);
        return NULL;
    }
    KrObject *field = spec ? kr_str_intern_cstr(ts, "submodule_search_locations") : NULL;
    KrObject *locs = field ? kr_getattr_opt(ts, spec, field) : NULL;
    KR_XDECREF(ts, field);
    if (!locs || locs == KR_NONE) {
        KR_XDECREF(ts, locs);
        if (kr_err_occurred(ts)) {
            KR_CLEAR(ts, spec);
        }
        return spec;
    }
    KR_DECREF(ts, locs);
    KR_DECREF(ts, spec);
    KrObject *sub = kr_str_from_format(ts, "%U.__main__", name);
    spec = sub ? kr_import_find_spec(ts, sub) : NULL;
    if (spec == KR_NONE || (!spec && kr_err_matches(ts, &kr_exc_ImportError))) {
        KR_XDECREF(ts, spec);
        kr_err_clear(ts);
        kr_err_format(ts, &kr_exc_ImportError, "No module named %U; %R is a package and cannot be directly executed",
                      sub, name);
        spec = NULL;
    }
    KR_XDECREF(ts, sub);
    return spec;
}

// Fills __main__ from the spec as runpy._run_module_as_main does; returns the code to run.
static KrObject *prepare_main(KrThread *ts, KrObject *spec) {
    KrObject *globals = KR_MODULE_DICT(ts->vm->main_module);
    static const char *const fields[] = {"origin", "cached", "parent", "loader", "name"};
    static const char *const keys[] = {"__file__", "__cached__", "__package__", "__loader__", NULL};
    KrObject *v[5] = {NULL};
    KrObject *code = NULL;
    for (int i = 0; i < 5; i++) {
        KrObject *f = kr_str_intern_cstr(ts, fields[i]);
        v[i] = f ? kr_getattr(ts, spec, f) : NULL;
        KR_XDECREF(ts, f);
        if (!v[i] || (keys[i] && kr_dict_set_item_str(ts, globals, keys[i], v[i]) < 0)) {
            goto done;
        }
    }
    if (kr_dict_set_item_str(ts, globals, "__spec__", spec) < 0) {
        goto done;
    }
    KrObject *argv = kr_dict_get_item_str(ts, ts->vm->sys_dict, "argv");
    if (argv && kr_list_check(argv) && KR_LIST_SIZE(argv) > 0 && kr_str_check(v[0])) {
        KR_SETREF(ts, KR_LIST_ITEMS(argv)[0], KR_INCREF(v[0]));
    }
    KrObject *get_code = kr_str_intern_cstr(ts, "get_code");
    KrObject *meth = get_code ? kr_getattr(ts, v[3], get_code) : NULL;
    KR_XDECREF(ts, get_code);
    code = meth ? kr_call1(ts, meth, v[4]) : NULL;
    KR_XDECREF(ts, meth);
    if (code == KR_NONE) {
        KR_CLEAR(ts, code);
        kr_err_format(ts, &kr_exc_ImportError, "No code object available for %S", v[4]);
    }
done:
    for (int i = 0; i < 5; i++) {
        KR_XDECREF(ts, v[i]);
    }
    return code;
}

int krait_run_module(KrVM *vm, const char *name) {
    KrThread *ts = vm->main_thread;
    vm->exit_status = 0;
    // sys.path[0] is the working directory, as a full path.
    char *cwd = kr_port_getcwd();
    KrObject *path = kr_dict_get_item_str(ts, ts->vm->sys_dict, "path");
    if (cwd && path && kr_list_check(path) && KR_LIST_SIZE(path) > 0) {
        KrObject *dir = kr_str_from_cstr(ts, cwd);
        if (!dir) {
            kr_port_free(cwd);
            return handle_exception(vm, ts);
        }
        KR_SETREF(ts, KR_LIST_ITEMS(path)[0], dir);
    }
    kr_port_free(cwd);
    KrObject *modname = kr_str_from_cstr(ts, name);
    KrObject *spec = modname ? main_spec(ts, modname) : NULL;
    KR_XDECREF(ts, modname);
    KrObject *code = spec ? prepare_main(ts, spec) : NULL;
    KR_XDECREF(ts, spec);
    if (!code) {
        if (!kr_err_matches(ts, &kr_exc_ImportError)) {
            return handle_exception(vm, ts);
        }
        // runpy reports a module it cannot find or load as "<python>: message", status 1.
        KrObject *exc = kr_err_fetch(ts);
        KrObject *msg = kr_str(ts, exc);
        const char *u = msg ? kr_str_utf8(ts, msg, NULL) : NULL;
        char buf[512];
        snprintf(buf, sizeof buf, "krait: %s\n", u ? u : "can't find the module");
        kr_vm_write(vm, 2, buf, strlen(buf));
        KR_XDECREF(ts, msg);
        KR_DECREF(ts, exc);
        kr_err_clear(ts);
        return 1;
    }
    int status = run_code(vm, ts, code);
    KR_DECREF(ts, code);
    return status;
}

int krait_run_interactive(KrVM *vm, const char *source) {
    KrThread *ts = vm->main_thread;
    vm->exit_status = 0;
    int incomplete = 0;
    KrObject *code = kr_compile_source(ts, source, strlen(source), "<stdin>", KR_MODE_SINGLE, &incomplete);
    if (!code) {
        if (incomplete) {
            kr_err_clear(ts);
            return KRAIT_INCOMPLETE;
        }
        return handle_exception(vm, ts);
    }
    int status = run_code(vm, ts, code);
    KR_DECREF(ts, code);
    return status;
}

int krait_exited(KrVM *vm) {
    return vm->exit_status;
}

const char *krait_last_error(KrVM *vm) {
    return vm->last_error;
}
