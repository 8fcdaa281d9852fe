// SPDX-License-Identifier: MIT
// The `dis` module: CPython's dis API over Krait's own bytecode (compiler/dis.c).
#include <stdio.h>
#include <string.h>

#include "../compiler/ast.h"
#include "../compiler/dis.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modules.h"

// Instruction and Positions behave as CPython's named tuples (attributes,
// indexing, iteration, equality). They are heap classes made from this source
// when the module is created: a static type would need a slot in
// object/types.def, and this keeps the module in one file. They are plain
// classes over a `_values` tuple rather than tuple subclasses, because the
// core does not yet give variable-size subclasses an instance __dict__.
static const char prelude[] =
    "COMPILER_FLAG_NAMES = {1: 'OPTIMIZED', 2: 'NEWLOCALS', 4: 'VARARGS', 8: 'VARKEYWORDS',\n"
    "    16: 'NESTED', 32: 'GENERATOR', 64: 'NOFREE', 128: 'COROUTINE',\n"
    "    256: 'ITERABLE_COROUTINE', 512: 'ASYNC_GENERATOR'}\n"
    "class _NamedRecord:\n"
    "    _fields = ()\n"
    "    def __init__(self, *args):\n"
    "        self._values = args + (None,) * (len(self._fields) - len(args))\n"
    "        i = 0\n"
    "        for f in self._fields:\n"
    "            setattr(self, f, self._values[i])\n"
    "            i += 1\n"
    "    def __repr__(self):\n"
    "        parts = []\n"
    "        for f in self._fields:\n"
    "            parts.append(f + '=' + repr(getattr(self, f)))\n"
    "        return type(self).__name__ + '(' + ', '.join(parts) + ')'\n"
    "    def __eq__(self, other):\n"
    "        if isinstance(other, _NamedRecord):\n"
    "            other = other._values\n"
    "        return self._values == other\n"
    "    def __hash__(self):\n"
    "        return hash(self._values)\n"
    "    def __len__(self):\n"
    "        return len(self._values)\n"
    "    def __getitem__(self, i):\n"
    "        return self._values[i]\n"
    "    def __iter__(self):\n"
    "        return iter(self._values)\n"
    "class Positions(_NamedRecord):\n"
    "    'Source span of an instruction (None where unknown).'\n"
    "    _fields = ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')\n"
    "class Instruction(_NamedRecord):\n"
    "    'Details for a bytecode operation (offsets in bytes, 4 per instruction).'\n"
    "    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',\n"
    "               'starts_line', 'is_jump_target', 'positions')\n"
    "def pretty_flags(flags):\n"
    "    'Names of the code flags set in flags (hex for unnamed bits).'\n"
    "    names = [COMPILER_FLAG_NAMES.get(1 << i, hex(1 << i)) for i in range(32) if flags >> i & 1]\n"
    "    return ', '.join(names) or '0x0'\n"
    "def _code_object(x):\n"
    "    x = getattr(x, '__func__', x)\n"
    "    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):\n"
    "        if hasattr(x, attr):\n"
    "            x = getattr(x, attr)\n"
    "            break\n"
    "    if isinstance(x, str):\n"
    "        try:\n"
    "            return compile(x, '<disassembly>', 'eval')\n"
    "        except SyntaxError:\n"
    "            return compile(x, '<disassembly>', 'exec')\n"
    "    if type(x) is type(_code_object.__code__):\n"
    "        return x\n"
    "    raise TypeError(\"don't know how to disassemble %s objects\" % type(x).__name__)\n"
    "class Bytecode:\n"
    "    'The instructions of a function, method, code object or source string.'\n"
    "    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):\n"
    "        self._original_object = x\n"
    "        self.codeobj = _code_object(x)\n"
    "        self.first_line = self.codeobj.co_firstlineno if first_line is None else first_line\n"
    "        self.current_offset = current_offset\n"
    "        self.show_caches = show_caches\n"
    "        self.adaptive = adaptive\n"
    "    def __iter__(self):\n"
    "        return get_instructions(self.codeobj, first_line=self.first_line)\n"
    "    def __repr__(self):\n"
    "        return '%s(%r)' % (type(self).__name__, self._original_object)\n"
    "    @classmethod\n"
    "    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):\n"
    "        while tb.tb_next:\n"
    "            tb = tb.tb_next\n"
    "        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)\n"
    "    def info(self):\n"
    "        return code_info(self.codeobj)\n"
    "    def dis(self):\n"
    "        import io\n"
    "        out = io.StringIO()\n"
    "        disassemble(self.codeobj, file=out)\n"
    "        return out.getvalue()\n";

// ---- helpers ----------------------------------------------------------------------------

// Binds keyword-only arguments by name; out[i] gets a borrowed reference or stays NULL.
static int parse_kw(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kwnames,
                    const char *const *names, KrObject **out) {
    intptr_t nkw = kwnames ? KR_TUPLE_SIZE(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        KrObject *name = KR_TUPLE_GET(kwnames, i);
        size_t j = 0;
        while (names[j] && !kr_str_equal_cstr(name, names[j])) {
            j++;
        }
        if (!names[j]) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, name);
            return -1;
        }
        out[j] = args[nargs + (size_t)i];
    }
    return 0;
}

// Compiles source as dis._try_compile does: an expression if it is one, else statements.
static KrObject *compile_str(KrThread *ts, KrObject *src, const char *filename) {
    size_t len;
    const char *text = kr_str_utf8(ts, src, &len);
    if (!text) {
        return NULL;
    }
    KrObject *co = kr_compile_source(ts, text, len, filename, KR_MODE_EVAL, NULL);
    if (!co && kr_err_matches(ts, &kr_exc_SyntaxError)) {
        kr_err_clear(ts);
        co = kr_compile_source(ts, text, len, filename, KR_MODE_EXEC, NULL);
    }
    return co;
}

// The code object behind x (a method, function, generator, code or source
// string), or NULL with no exception when x has none.
static KrObject *code_of(KrThread *ts, KrObject *x, const char *filename) {
    if (KR_TYPE(x) == &kr_code_type) {
        return KR_INCREF(x);
    }
    if (kr_str_check(x)) {
        return compile_str(ts, x, filename);
    }
    KrObject *inner = kr_getattr_cstr(ts, x, "__func__");
    if (inner) {
        KrObject *r = code_of(ts, inner, filename);
        KR_DECREF(ts, inner);
        return r;
    }
    kr_err_clear(ts);
    static const char *const attrs[] = {"__code__", "gi_code", "cr_code", "ag_code"};
    for (size_t i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++) {
        KrObject *c = kr_getattr_cstr(ts, x, attrs[i]);
        if (c) {
            if (KR_TYPE(c) == &kr_code_type) {
                return c;
            }
            KR_DECREF(ts, c);
        } else {
            kr_err_clear(ts);
        }
    }
    return NULL;
}

static KrObject *require_code(KrThread *ts, KrObject *x, const char *filename) {
    KrObject *co = code_of(ts, x, filename);
    if (!co && !kr_err_occurred(ts)) {
        kr_err_format(ts, &kr_exc_TypeError, "don't know how to disassemble %s objects",
                      kr_type_name_cstr(KR_TYPE(x)));
    }
    return co;
}

// file.write(text), with sys.stdout when file is None or missing.
static int write_to(KrThread *ts, KrObject *file, KrObject *text) {
    if (!file || file == KR_NONE) {
        file = ts->vm->sys_dict ? kr_dict_get_item_str(ts, ts->vm->sys_dict, "stdout") : NULL;
        if (!file) {
            if (!kr_err_occurred(ts)) {
                kr_err_set_str(ts, &kr_exc_RuntimeError, "lost sys.stdout");
            }
            return -1;
        }
    }
    KrObject *r = kr_call_method(ts, file, KR_ID(ts, write), &text, 1);
    if (!r) {
        return -1;
    }
    KR_DECREF(ts, r);
    return 0;
}

static int write_cstr(KrThread *ts, KrObject *file, const char *s) {
    KrObject *t = kr_str_from_cstr(ts, s);
    if (!t) {
        return -1;
    }
    int r = write_to(ts, file, t);
    KR_DECREF(ts, t);
    return r;
}

static int write_steal(KrThread *ts, KrObject *file, KrObject *text) {
    if (!text) {
        return -1;
    }
    int r = write_to(ts, file, text);
    KR_DECREF(ts, text);
    return r;
}

// depth= of dis.dis: None (all levels) or a non-negative int.
static int parse_depth(KrThread *ts, KrObject *o, int *depth) {
    *depth = -1;
    if (!o || o == KR_NONE) {
        return 0;
    }
    bool overflow = false;
    intptr_t d = kr_index_as_ssize(ts, o, &overflow);
    if (d == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    *depth = d < 0 ? 0 : d > 1000000 ? 1000000 : (int)d;
    return 0;
}

// ---- dis, disassemble ---------------------------------------------------------------------

// A class or module: each function, class or code in its namespace, sorted by
// name, as dis.dis does for objects with a __dict__.
static int dis_namespace(KrThread *ts, KrObject *x, KrObject *file, int depth) {
    KrObject *d = kr_getattr_cstr(ts, x, "__dict__");
    if (!d) {
        return -1;
    }
    KrObject *keys = kr_dict_check(d) ? kr_dict_keys_list(ts, d) : NULL;
    if (!keys) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError, "don't know how to disassemble %s objects",
                          kr_type_name_cstr(KR_TYPE(x)));
        }
        KR_DECREF(ts, d);
        return -1;
    }
    int rc = kr_list_sort(ts, keys, NULL, false);
    for (intptr_t i = 0; rc == 0 && i < KR_LIST_SIZE(keys); i++) {
        KrObject *name = KR_LIST_ITEMS(keys)[i];
        KrObject *v = kr_dict_get_item(ts, d, name);
        if (!v || kr_str_check(v)) {
            continue; // a str here is data (__module__, __doc__), not source
        }
        bool is_class = KR_TYPE_CHECK_FLAG(v, KR_TYPE_TYPE_SUBCLASS);
        KrObject *co = is_class ? NULL : code_of(ts, v, "<dis>");
        if (!co && kr_err_occurred(ts)) {
            rc = -1;
            break;
        }
        if (!co && !is_class) {
            continue;
        }
        KrObject *head = kr_str_from_format(ts, "Disassembly of %U:\n", name);
        rc = write_steal(ts, file, head);
        if (rc == 0) {
            rc = is_class ? dis_namespace(ts, v, file, depth)
                          : write_steal(ts, file, kr_dis_code(ts, (KrCode *)co, depth));
        }
        KR_XDECREF(ts, co);
        if (rc == 0) {
            rc = write_cstr(ts, file, "\n");
        }
    }
    KR_DECREF(ts, keys);
    KR_DECREF(ts, d);
    return rc;
}

static KrObject *dis_dis(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"file", "depth", "show_caches", "adaptive", NULL};
    KrObject *kw[4] = {0};
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "dis() takes from 0 to 1 positional arguments but %d were given",
                      (int)nargs);
        return NULL;
    }
    int depth;
    if (parse_kw(ts, "dis", args, nargs, kwnames, names, kw) < 0 || parse_depth(ts, kw[1], &depth) < 0) {
        return NULL;
    }
    KrObject *x = nargs ? args[0] : KR_NONE;
    if (x == KR_NONE) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "no last traceback to disassemble");
        return NULL;
    }
    KrObject *co = code_of(ts, x, "<dis>");
    if (!co) {
        if (kr_err_occurred(ts)) {
            return NULL;
        }
        if (KR_TYPE_CHECK_FLAG(x, KR_TYPE_TYPE_SUBCLASS) || KR_TYPE(x) == &kr_module_type) {
            return dis_namespace(ts, x, kw[0], depth) < 0 ? NULL : KR_NONE;
        }
        kr_err_format(ts, &kr_exc_TypeError, "don't know how to disassemble %s objects",
                      kr_type_name_cstr(KR_TYPE(x)));
        return NULL;
    }
    int rc = write_steal(ts, kw[0], kr_dis_code(ts, (KrCode *)co, depth));
    KR_DECREF(ts, co);
    return rc < 0 ? NULL : KR_NONE;
}

static KrObject *dis_disassemble(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"file", "show_caches", "adaptive", NULL};
    KrObject *kw[3] = {0};
    if (nargs < 1 || nargs > 2) {
        kr_err_set_str(ts, &kr_exc_TypeError, "disassemble() takes from 1 to 2 positional arguments");
        return NULL;
    }
    if (parse_kw(ts, "disassemble", args, nargs, kwnames, names, kw) < 0) {
        return NULL;
    }
    KrObject *co = require_code(ts, args[0], "<dis>");
    if (!co) {
        return NULL;
    }
    int rc = write_steal(ts, kw[0], kr_dis_code(ts, (KrCode *)co, 0));
    KR_DECREF(ts, co);
    return rc < 0 ? NULL : KR_NONE;
}

// ---- get_instructions, findlinestarts ----------------------------------------------------

static KrObject *int_or_none(KrThread *ts, int v) {
    if (v < 0) {
        KR_RETURN_NONE;
    }
    return kr_int_from_i64(ts, v);
}

static KrObject *make_instruction(KrThread *ts, KrObject *cls, KrObject *pcls, KrCode *co, const KrDisInstr *in) {
    KrObject *pargs[4] = {int_or_none(ts, in->pos.line), int_or_none(ts, in->pos.end_line),
                          int_or_none(ts, in->pos.col), int_or_none(ts, in->pos.end_col)};
    KrObject *a[9] = {0};
    KrObject *r = NULL;
    if (pargs[0] && pargs[1] && pargs[2] && pargs[3]) {
        a[8] = kr_call(ts, pcls, pargs, 4, NULL);
    }
    a[0] = kr_str_from_cstr(ts, in->op < KR_OP_COUNT ? kr_opcode_names[in->op] : "<?>");
    a[1] = kr_int_from_i64(ts, in->op);
    a[2] = in->has_arg ? kr_int_from_i64(ts, in->arg) : KR_NONE;
    a[3] = kr_dis_argval(ts, co, in);
    a[4] = kr_dis_argrepr(ts, co, in);
    a[5] = kr_int_from_i64(ts, in->offset);
    a[6] = int_or_none(ts, in->starts_line);
    a[7] = KR_INCREF(KR_BOOL(in->is_jump_target));
    bool ok = true;
    for (int i = 0; i < 9; i++) {
        ok = ok && a[i];
    }
    if (ok) {
        r = kr_call(ts, cls, a, 9, NULL);
    }
    for (int i = 0; i < 9; i++) {
        KR_XDECREF(ts, a[i]);
    }
    for (int i = 0; i < 4; i++) {
        KR_XDECREF(ts, pargs[i]);
    }
    return r;
}

static KrObject *dis_get_instructions(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                      KrObject *kwnames) {
    static const char *const names[] = {"first_line", "show_caches", "adaptive", NULL};
    KrObject *kw[3] = {0};
    if (nargs != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "get_instructions() takes 1 positional argument but %d were given",
                      (int)nargs);
        return NULL;
    }
    if (parse_kw(ts, "get_instructions", args, nargs, kwnames, names, kw) < 0) {
        return NULL;
    }
    int line_offset = 0;
    KrObject *co = require_code(ts, args[0], "<disassembly>");
    if (!co) {
        return NULL;
    }
    KrCode *code = (KrCode *)co;
    if (kw[0] && kw[0] != KR_NONE) {
        bool overflow = false;
        intptr_t first = kr_index_as_ssize(ts, kw[0], &overflow);
        if (first == -1 && kr_err_occurred(ts)) {
            KR_DECREF(ts, co);
            return NULL;
        }
        line_offset = (int)first - code->firstlineno;
    }
    KrObject *mdict = KR_MODULE_DICT(self);
    KrObject *cls = kr_dict_get_item_str(ts, mdict, "Instruction");
    KrObject *pcls = kr_dict_get_item_str(ts, mdict, "Positions");
    KrDisInstr *ins = cls && pcls ? kr_dis_decode(ts, code) : NULL;
    KrObject *list = ins ? kr_list_new(ts, 0) : NULL;
    if (!list) {
        if (!kr_err_occurred(ts)) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "dis: lost Instruction");
        }
        kr_mem_free(ts, ins);
        KR_DECREF(ts, co);
        return NULL;
    }
    for (int i = 0; i < code->ncode; i++) {
        if (ins[i].starts_line >= 0) {
            ins[i].starts_line += line_offset;
        }
        KrObject *item = make_instruction(ts, cls, pcls, code, &ins[i]);
        if (!item || kr_list_append(ts, list, item) < 0) {
            KR_XDECREF(ts, item);
            KR_CLEAR(ts, list);
            break;
        }
        KR_DECREF(ts, item);
    }
    kr_mem_free(ts, ins);
    KR_DECREF(ts, co);
    if (!list) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, list);
    KR_DECREF(ts, list);
    return it;
}

static KrObject *dis_findlinestarts(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    if (KR_TYPE(arg) != &kr_code_type) {
        kr_err_format(ts, &kr_exc_TypeError, "findlinestarts() argument must be code, not %T", arg);
        return NULL;
    }
    KrCode *co = (KrCode *)arg;
    KrDisInstr *ins = kr_dis_decode(ts, co);
    KrObject *list = ins ? kr_list_new(ts, 0) : NULL;
    for (int i = 0; list && i < co->ncode; i++) {
        if (ins[i].starts_line < 0) {
            continue;
        }
        KrObject *o = kr_int_from_i64(ts, ins[i].offset);
        KrObject *l = kr_int_from_i64(ts, ins[i].starts_line);
        KrObject *t = o && l ? kr_tuple_pack(ts, 2, o, l) : NULL;
        KR_XDECREF(ts, o);
        KR_XDECREF(ts, l);
        if (!t || kr_list_append(ts, list, t) < 0) {
            KR_CLEAR(ts, list);
        }
        KR_XDECREF(ts, t);
    }
    kr_mem_free(ts, ins);
    if (!list) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, list);
    KR_DECREF(ts, list);
    return it;
}

// ---- code_info, show_code -----------------------------------------------------------------

static const char *const flag_names[] = {"OPTIMIZED", "NEWLOCALS", "VARARGS",   "VARKEYWORDS",        "NESTED",
                                         "GENERATOR", "NOFREE",    "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR"};

// As dis.pretty_flags: known names, hex for the others, "0x0" for none.
static void add_flags(KrThread *ts, KrStrBuilder *sb, unsigned flags) {
    bool first = true;
    char buf[32];
    for (int i = 0; i < 32 && flags; i++) {
        unsigned bit = 1u << i;
        if (!(flags & bit)) {
            continue;
        }
        kr_sb_add_cstr(ts, sb, first ? "" : ", ");
        first = false;
        if (i < 10) {
            kr_sb_add_cstr(ts, sb, flag_names[i]);
        } else {
            snprintf(buf, sizeof buf, "0x%x", bit);
            kr_sb_add_cstr(ts, sb, buf);
        }
        flags ^= bit;
    }
    if (first) {
        kr_sb_add_cstr(ts, sb, "0x0");
    }
}

static void add_int_line(KrThread *ts, KrStrBuilder *sb, const char *label, int v) {
    char buf[96];
    snprintf(buf, sizeof buf, "%s%d\n", label, v);
    kr_sb_add_cstr(ts, sb, buf);
}

static void add_section(KrThread *ts, KrStrBuilder *sb, const char *title, KrObject *t, bool repr) {
    if (KR_TUPLE_SIZE(t) == 0) {
        return;
    }
    kr_sb_add_cstr(ts, sb, title);
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(t) && !sb->failed; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "\n%4d: ", (int)i);
        kr_sb_add_cstr(ts, sb, buf);
        KrObject *s = repr ? kr_repr(ts, KR_TUPLE_GET(t, i)) : kr_str(ts, KR_TUPLE_GET(t, i));
        if (!s) {
            sb->failed = true;
            return;
        }
        kr_sb_add_str(ts, sb, s);
        KR_DECREF(ts, s);
    }
    kr_sb_add_cstr(ts, sb, "\n");
}

// dis._format_code_info; the trailing newline is removed at the end.
static KrObject *format_code_info(KrThread *ts, KrCode *co) {
    KrStrBuilder sb;
    kr_sb_init(&sb);
    kr_sb_add_cstr(ts, &sb, "Name:              ");
    kr_sb_add_str(ts, &sb, co->name);
    kr_sb_add_cstr(ts, &sb, "\nFilename:          ");
    kr_sb_add_str(ts, &sb, co->filename);
    kr_sb_add_cstr(ts, &sb, "\n");
    add_int_line(ts, &sb, "Argument count:    ", co->argcount);
    add_int_line(ts, &sb, "Positional-only arguments: ", co->posonlyargcount);
    add_int_line(ts, &sb, "Kw-only arguments: ", co->kwonlyargcount);
    add_int_line(ts, &sb, "Number of locals:  ", co->nlocals);
    add_int_line(ts, &sb, "Stack size:        ", co->stacksize);
    kr_sb_add_cstr(ts, &sb, "Flags:             ");
    add_flags(ts, &sb, (unsigned)co->flags);
    kr_sb_add_cstr(ts, &sb, "\n");
    add_section(ts, &sb, "Constants:", co->consts, true);
    add_section(ts, &sb, "Names:", co->names, false);
    add_section(ts, &sb, "Variable names:", co->varnames, false);
    add_section(ts, &sb, "Free variables:", co->freevars, false);
    add_section(ts, &sb, "Cell variables:", co->cellvars, false);
    if (sb.failed) {
        kr_sb_discard(ts, &sb);
        if (!kr_err_occurred(ts)) {
            kr_err_no_memory(ts);
        }
        return NULL;
    }
    KrObject *s = kr_sb_finish(ts, &sb);
    if (!s) {
        return NULL;
    }
    size_t n;
    const char *u = kr_str_utf8(ts, s, &n);
    KrObject *r = u ? kr_str_from_utf8(ts, u, n ? n - 1 : 0) : NULL;
    KR_DECREF(ts, s);
    return r;
}

static KrObject *dis_code_info(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    KrObject *co = require_code(ts, arg, "<disassembly>");
    if (!co) {
        return NULL;
    }
    KrObject *r = format_code_info(ts, (KrCode *)co);
    KR_DECREF(ts, co);
    return r;
}

static KrObject *dis_show_code(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    static const char *const names[] = {"file", NULL};
    KrObject *kw[1] = {0};
    if (nargs != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "show_code() takes 1 positional argument but %d were given",
                      (int)nargs);
        return NULL;
    }
    if (parse_kw(ts, "show_code", args, nargs, kwnames, names, kw) < 0) {
        return NULL;
    }
    KrObject *info = dis_code_info(ts, self, args[0]);
    if (!info || write_steal(ts, kw[0], info) < 0 || write_cstr(ts, kw[0], "\n") < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// ---- stack_effect --------------------------------------------------------------------------

static KrObject *dis_stack_effect(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"opcode", "oparg", "jump", NULL};
    KrObject *a[3] = {0};
    if (kr_parse_args(ts, "stack_effect", args, nargs, kwnames, names, 1, 2, 2, a) < 0) {
        return NULL;
    }
    bool overflow = false;
    intptr_t op = kr_index_as_ssize(ts, a[0], &overflow);
    if (op == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    intptr_t oparg = 0;
    bool has_oparg = a[1] && a[1] != KR_NONE;
    if (has_oparg) {
        oparg = kr_index_as_ssize(ts, a[1], &overflow);
        if (oparg == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
    }
    // CPython asks for an oparg before it looks the opcode up, even an unknown one.
    bool known = op >= 0 && op < KR_OP_COUNT;
    if ((!known || kr_dis_has_arg((int)op)) && !has_oparg) {
        kr_err_set_str(ts, &kr_exc_ValueError,
                       "stack_effect: opcode requires oparg but oparg was not specified");
        return NULL;
    }
    if (!known || oparg < 0 || oparg > KR_MAX_OPARG) {
        kr_err_set_str(ts, &kr_exc_ValueError, "invalid opcode or oparg");
        return NULL;
    }
    if (kr_dis_has_arg((int)op) && !has_oparg) {
        kr_err_set_str(ts, &kr_exc_ValueError,
                       "stack_effect: opcode requires oparg but oparg was not specified");
        return NULL;
    }
    if (!kr_dis_has_arg((int)op) && has_oparg) {
        kr_err_set_str(ts, &kr_exc_ValueError,
                       "stack_effect: opcode does not permit oparg but oparg was specified");
        return NULL;
    }
    int fall = kr_opcode_stack_effect((int)op, (int)oparg, false);
    int jump = kr_opcode_stack_effect((int)op, (int)oparg, true);
    int r;
    if (!a[2] || a[2] == KR_NONE) {
        r = fall > jump ? fall : jump;
    } else if (a[2] == KR_TRUE) {
        r = jump;
    } else if (a[2] == KR_FALSE) {
        r = fall;
    } else {
        kr_err_set_str(ts, &kr_exc_ValueError, "stack_effect: jump must be False, True or None");
        return NULL;
    }
    return kr_int_from_i64(ts, r);
}

// ---- the module ----------------------------------------------------------------------------

static const KrMethodDef dis_functions[] = {
    {"dis", dis_dis, KR_METH_VARARGS, false, false, "Disassemble classes, methods, functions, code or source."},
    {"disassemble", dis_disassemble, KR_METH_VARARGS, false, false, "Disassemble one code object."},
    {"get_instructions", dis_get_instructions, KR_METH_VARARGS, false, false,
     "Iterator of the Instructions of a function, code object or source string."},
    {"findlinestarts", dis_findlinestarts, KR_METH_O, false, false, "Iterator of (offset, line) pairs."},
    {"code_info", dis_code_info, KR_METH_O, false, false, "Formatted details of a code object."},
    {"show_code", dis_show_code, KR_METH_VARARGS, false, false, "Print the details of a code object."},
    {"stack_effect", dis_stack_effect, KR_METH_VARARGS, false, false, "Stack effect of an opcode."},
    {NULL, NULL, 0, false, false, NULL},
};

static int set_steal(KrThread *ts, KrObject *d, const char *name, KrObject *v) {
    if (!v) {
        return -1;
    }
    int r = kr_dict_set_item_str(ts, d, name, v);
    KR_DECREF(ts, v);
    return r;
}

// opname (256 entries, '<n>' where unused), opmap, and the has* lists by operand kind.
static int add_tables(KrThread *ts, KrObject *d) {
    KrObject *opname = kr_list_new(ts, 0);
    KrObject *opmap = kr_dict_new(ts);
    if (set_steal(ts, d, "opname", opname ? KR_INCREF(opname) : NULL) < 0 ||
        set_steal(ts, d, "opmap", opmap ? KR_INCREF(opmap) : NULL) < 0) {
        KR_XDECREF(ts, opname);
        KR_XDECREF(ts, opmap);
        return -1;
    }
    int rc = 0;
    for (int op = 0; op < 256 && rc == 0; op++) {
        char buf[16];
        const char *name = buf;
        if (op < KR_OP_COUNT) {
            name = kr_opcode_names[op];
        } else {
            snprintf(buf, sizeof buf, "<%d>", op);
        }
        KrObject *s = kr_str_from_cstr(ts, name);
        KrObject *n = kr_int_from_i64(ts, op);
        rc = s && n && kr_list_append(ts, opname, s) == 0 ? 0 : -1;
        if (rc == 0 && op < KR_OP_COUNT) {
            rc = kr_dict_set_item(ts, opmap, s, n);
        }
        KR_XDECREF(ts, s);
        KR_XDECREF(ts, n);
    }
    KR_DECREF(ts, opname);
    KR_DECREF(ts, opmap);
    if (rc < 0) {
        return -1;
    }
    // Membership comes from the operand kind each opcode has in opcodes.def.
    static const struct {
        const char *list;
        const char *kind;
    } has[] = {{"hasconst", "CONST"}, {"hasname", "NAME"},     {"haslocal", "LOCAL"},
               {"hasfree", "CELL"},   {"hasjabs", "JUMP"},     {"hascompare", "CMP"}};
    static const char *const kinds[KR_OP_COUNT] = {
#define OP(name, arg, effect, jeffect) #arg,
#include "../compiler/opcodes.def"
#undef OP
    };
    for (size_t h = 0; h < sizeof(has) / sizeof(has[0]); h++) {
        KrObject *list = kr_list_new(ts, 0);
        if (set_steal(ts, d, has[h].list, list ? KR_INCREF(list) : NULL) < 0) {
            KR_XDECREF(ts, list);
            return -1;
        }
        for (int op = 0; op < KR_OP_COUNT && rc == 0; op++) {
            if (strcmp(kinds[op], has[h].kind) == 0) {
                KrObject *n = kr_int_from_i64(ts, op);
                rc = n ? kr_list_append(ts, list, n) : -1;
                KR_XDECREF(ts, n);
            }
        }
        KR_DECREF(ts, list);
        if (rc < 0) {
            return -1;
        }
    }
    KrObject *cmp = kr_tuple_new(ts, 6);
    static const char *const cmp_op[] = {"<", "<=", "==", "!=", ">", ">="};
    for (int i = 0; cmp && i < 6; i++) {
        KrObject *s = kr_str_from_cstr(ts, cmp_op[i]);
        KR_TUPLE_SET(cmp, i, s ? s : KR_INCREF(KR_NONE));
        if (!s) {
            KR_CLEAR(ts, cmp);
        }
    }
    return set_steal(ts, d, "cmp_op", cmp) < 0 || set_steal(ts, d, "hasjrel", kr_list_new(ts, 0)) < 0 ? -1 : 0;
}

KrObject *kr_dis_module_create(KrThread *ts) {
    KrObject *name = kr_str_intern_cstr(ts, "dis");
    KrObject *module = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (!module) {
        return NULL;
    }
    KrObject *d = KR_MODULE_DICT(module);
    if (kr_module_add_functions(ts, module, dis_functions) < 0 || add_tables(ts, d) < 0 ||
        kr_dict_set_item(ts, d, KR_ID(ts, __builtins__), ts->vm->builtins_module) < 0) {
        goto error;
    }
    KrObject *code = kr_compile_source(ts, prelude, sizeof(prelude) - 1, "<dis>", KR_MODE_EXEC, NULL);
    KrObject *r = code ? kr_eval_code(ts, code, d, d) : NULL;
    KR_XDECREF(ts, code);
    if (!r) {
        goto error;
    }
    KR_DECREF(ts, r);
    return module;

error:
    KR_DECREF(ts, module);
    return NULL;
}
