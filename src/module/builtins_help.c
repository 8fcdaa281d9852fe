// SPDX-License-Identifier: MIT
// help(): a plain-text summary of an object (CPython's comes from pydoc, which Krait lacks).
#include <string.h>

#include "../compiler/ast.h"
#include "../object/containers.h"
#include "../object/func.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modules.h"

// Written in Python and compiled on first use: it only formats text.
static const char help_source[] =
    "def help(*args):\n"
    "    if not args:\n"
    "        print(\"Welcome to Krait! Call help(object) for a summary of an object's \"\n"
    "              \"documentation; the interactive help utility is not available.\")\n"
    "        return\n"
    "    if len(args) > 1:\n"
    "        raise TypeError('help() takes at most 1 argument (%d given)' % len(args))\n"
    "    obj = args[0]\n"
    "\n"
    "    def doc_of(o):\n"
    "        d = getattr(o, '__doc__', None)\n"
    "        return d.strip() if isinstance(d, str) else ''\n"
    "\n"
    "    def block(text, pre):\n"
    "        return [(pre + line).rstrip() for line in text.splitlines()]\n"
    "\n"
    "    def signature(o, name):\n"
    "        code = getattr(o, '__code__', None)\n"
    "        if code is None:\n"
    "            return name + '(...)'\n"
    "        n = code.co_argcount + code.co_kwonlyargcount\n"
    "        names = list(code.co_varnames[:n])\n"
    "        defaults = getattr(o, '__defaults__', None) or ()\n"
    "        first_default = code.co_argcount - len(defaults)\n"
    "        parts = []\n"
    "        for i, a in enumerate(names[:code.co_argcount]):\n"
    "            parts.append(a + ('=' + repr(defaults[i - first_default]) if i >= first_default else ''))\n"
    "        star = code.co_argcount + code.co_kwonlyargcount\n"
    "        if code.co_flags & 4:\n"
    "            parts.append('*' + code.co_varnames[star])\n"
    "            star += 1\n"
    "        elif code.co_kwonlyargcount:\n"
    "            parts.append('*')\n"
    "        kwd = getattr(o, '__kwdefaults__', None) or {}\n"
    "        for a in names[code.co_argcount:]:\n"
    "            parts.append(a + ('=' + repr(kwd[a]) if a in kwd else ''))\n"
    "        if code.co_flags & 8:\n"
    "            parts.append('**' + code.co_varnames[star])\n"
    "        return '%s(%s)' % (name, ', '.join(parts))\n"
    "\n"
    "    out = []\n"
    "    if isinstance(obj, type):\n"
    "        bases = ', '.join(b.__name__ for b in obj.__bases__)\n"
    "        out.append('Help on class %s in module %s:' % (obj.__name__, obj.__module__))\n"
    "        out.append('')\n"
    "        out.append('class %s(%s)' % (obj.__name__, bases) if bases else 'class ' + obj.__name__)\n"
    "        out += block(doc_of(obj), ' |  ')\n"
    "        methods, data = [], []\n"
    "        for k in sorted(obj.__dict__):\n"
    "            if k.startswith('__') and k not in ('__init__', '__call__', '__eq__', '__repr__', '__len__', '__iter__'):\n"
    "                continue\n"
    "            v = obj.__dict__[k]\n"
    "            (methods if callable(v) or hasattr(v, '__get__') else data).append((k, v))\n"
    "        if methods:\n"
    "            out += [' |', ' |  Methods defined here:', ' |']\n"
    "            for k, v in methods:\n"
    "                out.append(' |  ' + signature(getattr(v, '__func__', v), k))\n"
    "                out += block(doc_of(v).split('\\n\\n')[0], ' |      ')\n"
    "                out.append(' |')\n"
    "        if data:\n"
    "            out += [' |', ' |  Data and other attributes defined here:', ' |']\n"
    "            for k, v in data:\n"
    "                out.append(' |  %s = %r' % (k, v))\n"
    "        mro = getattr(obj, '__mro__', ())\n"
    "        if len(mro) > 1:\n"
    "            out += [' |', ' |  Method resolution order:']\n"
    "            out += [' |      ' + c.__name__ for c in mro]\n"
    "    elif type(obj).__name__ == 'module':\n"
    "        out.append('Help on module %s:' % obj.__name__)\n"
    "        out.append('')\n"
    "        out += ['NAME', '    ' + obj.__name__]\n"
    "        d = doc_of(obj)\n"
    "        if d:\n"
    "            out += ['', 'DESCRIPTION'] + block(d, '    ')\n"
    "        funcs = [k for k in sorted(vars(obj)) if not k.startswith('_') and callable(getattr(obj, k))]\n"
    "        if funcs:\n"
    "            out += ['', 'FUNCTIONS']\n"
    "            for k in funcs:\n"
    "                f = getattr(obj, k)\n"
    "                out.append('    ' + signature(f, k))\n"
    "                out += block(doc_of(f).split('\\n\\n')[0], '        ')\n"
    "                out.append('')\n"
    "    elif callable(obj):\n"
    "        name = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None) or type(obj).__name__\n"
    "        kind = 'built-in function' if type(obj).__name__ == 'builtin_function_or_method' else type(obj).__name__\n"
    "        mod = getattr(obj, '__module__', None)\n"
    "        out.append('Help on %s %s%s:' % (kind, name, ' in module ' + mod if mod else ''))\n"
    "        out.append('')\n"
    "        out.append(signature(obj, getattr(obj, '__name__', name)))\n"
    "        out += block(doc_of(obj), '    ')\n"
    "    else:\n"
    "        t = type(obj)\n"
    "        out.append('Help on %s object:' % t.__name__)\n"
    "        out.append('')\n"
    "        out.append('class %s(%s)' % (t.__name__, ', '.join(b.__name__ for b in t.__bases__)))\n"
    "        out += block(doc_of(t), ' |  ')\n"
    "    print('\\n'.join(out).rstrip())\n";

static KrObject *builtin_help(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    KrObject *ns = kr_dict_new(ts);
    if (!ns || kr_dict_set_item(ts, ns, KR_ID(ts, __builtins__), ts->vm->builtins) < 0) {
        KR_XDECREF(ts, ns);
        return NULL;
    }
    KrObject *code = kr_compile_source(ts, help_source, sizeof(help_source) - 1, "<help>", KR_MODE_EXEC, NULL);
    KrObject *r = code ? kr_eval_code(ts, code, ns, ns) : NULL;
    KR_XDECREF(ts, code);
    KrObject *fn = r ? kr_dict_get_item_str(ts, ns, "help") : NULL;
    KR_XDECREF(ts, r);
    r = fn ? kr_call(ts, fn, args, nargs, kwnames) : NULL;
    KR_DECREF(ts, ns);
    return r;
}

static const KrMethodDef help_def = {"help", builtin_help, KR_METH_VARARGS, false, false,
                                     "Print a summary of an object's documentation."};

int kr_builtins_add_help(KrThread *ts, KrObject *builtins) {
    KrObject *modname = kr_str_from_cstr(ts, "builtins");
    KrObject *f = modname ? kr_cfunction_new(ts, &help_def, NULL, modname) : NULL;
    int rc = f ? kr_dict_set_item_str(ts, builtins, "help", f) : -1;
    KR_XDECREF(ts, f);
    KR_XDECREF(ts, modname);
    return rc;
}
