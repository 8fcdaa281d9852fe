// SPDX-License-Identifier: MIT
// krait_bundler: the build step that compiles CPython's Lib/ into Krait's stdlib bundle.
//
//   krait_bundler SRC_DIR LIST OUT.bundle OUT.c
//
// LIST (src/lib/stdlib.txt) names, one a line, paths relative to SRC_DIR
// without ".py": a module file (`json/decoder`, `encodings/__init__`) or a
// package directory, whose .py files are all taken (`json`). The bundler runs
// on the build machine, linked with a stage-0 VM (an empty bundle), compiles
// each file with Krait and writes the bundle (its layout is described in
// src/vm/import_bundle.c) as OUT.bundle and as OUT.c, a C file that embeds it.
// SRC_DIR/LICENSE.txt, CPython's PSF License, goes into every bundle.
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "krait.h"

typedef struct Item {
    char *name; // dotted module name, or "LICENSE"
    char *data;
    size_t len;
    uint32_t kind; // 0 module, 1 package, 2 data file
} Item;

typedef struct Bundle {
    Item *items;
    size_t count, cap;
    KrVM *vm;
    const char *src;
    int skipped;
} Bundle;

static void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("krait_bundler: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static char *xstrdup(const char *s) {
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = xmalloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n - 1 == 0) {
            cap *= 2;
            char *bigger = realloc(buf, cap);
            if (!bigger) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = bigger;
        }
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int kind_of(const char *path) { // 0 missing, 1 file, 2 directory
    struct stat st;
    if (stat(path, &st) != 0) {
        return 0;
    }
    return S_ISDIR(st.st_mode) ? 2 : S_ISREG(st.st_mode) ? 1 : 0;
}

static void add(Bundle *b, char *name, char *data, size_t len, uint32_t kind) {
    if (b->count == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 256;
        Item *bigger = realloc(b->items, b->cap * sizeof(Item));
        if (!bigger) {
            fputs("krait_bundler: out of memory\n", stderr);
            exit(1);
        }
        b->items = bigger;
    }
    b->items[b->count++] = (Item){name, data, len, kind};
}

// Compiles SRC/rel (rel ends in ".py") into the bundle.
static void add_module(Bundle *b, const char *rel) {
    size_t rlen = strlen(rel);
    char *path = xmalloc(strlen(b->src) + rlen + 2);
    sprintf(path, "%s/%s", b->src, rel);
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        fprintf(stderr, "krait_bundler: can't read %s\n", path);
        exit(1);
    }
    char *filename = xmalloc(sizeof KRAIT_STDLIB_BUNDLE_PATH + rlen + 1);
    sprintf(filename, "%s/%s", KRAIT_STDLIB_BUNDLE_PATH, rel);
    char *code = NULL;
    size_t clen = 0;
    if (krait_compile_marshal(b->vm, text, len, filename, &code, &clen) != 0) {
        fprintf(stderr, "krait_bundler: skipped %s (it does not compile)\n", rel);
        b->skipped++;
    } else {
        // "a/b/__init__.py" is the package "a.b"; "a/b.py" the module "a.b".
        char *name = xstrdup(rel);
        name[rlen - 3] = '\0';
        uint32_t kind = 0;
        size_t nlen = rlen - 3;
        if (nlen >= 8 && strcmp(name + nlen - 8, "__init__") == 0) {
            kind = 1;
            name[nlen > 8 ? nlen - 9 : 0] = '\0';
        }
        for (char *p = name; *p; p++) {
            *p = *p == '/' ? '.' : *p;
        }
        add(b, name, code, clen, kind);
    }
    free(text);
    free(path);
    free(filename);
}

static int by_name(const void *a, const void *b) {
    return strcmp(((const Item *)a)->name, ((const Item *)b)->name);
}

// Every .py file under SRC/rel, in a stable order.
static void add_package(Bundle *b, const char *rel) {
    char *dirpath = xmalloc(strlen(b->src) + strlen(rel) + 2);
    sprintf(dirpath, "%s/%s", b->src, rel);
    DIR *d = opendir(dirpath);
    if (!d) {
        fprintf(stderr, "krait_bundler: can't list %s\n", dirpath);
        exit(1);
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.' || strcmp(de->d_name, "__pycache__") == 0) {
            continue;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            char **bigger = realloc(names, cap * sizeof(char *));
            if (!bigger) {
                fputs("krait_bundler: out of memory\n", stderr);
                exit(1);
            }
            names = bigger;
        }
        names[n++] = xstrdup(de->d_name);
    }
    closedir(d);
    for (size_t i = 0; i < n; i++) {
        char *sub = xmalloc(strlen(rel) + strlen(names[i]) + 2);
        sprintf(sub, "%s/%s", rel, names[i]);
        char *full = xmalloc(strlen(b->src) + strlen(sub) + 2);
        sprintf(full, "%s/%s", b->src, sub);
        size_t len = strlen(names[i]);
        int k = kind_of(full);
        if (k == 2) {
            add_package(b, sub);
        } else if (k == 1 && len > 3 && strcmp(names[i] + len - 3, ".py") == 0) {
            add_module(b, sub);
        }
        free(full);
        free(sub);
        free(names[i]);
    }
    free(names);
    free(dirpath);
}

static void add_entry(Bundle *b, const char *rel) {
    char *file = xmalloc(strlen(b->src) + strlen(rel) + 5);
    sprintf(file, "%s/%s.py", b->src, rel);
    int k = kind_of(file);
    file[strlen(file) - 3] = '\0';
    if (k == 1) {
        char *relpy = xmalloc(strlen(rel) + 4);
        sprintf(relpy, "%s.py", rel);
        add_module(b, relpy);
        free(relpy);
    } else if (kind_of(file) == 2) {
        add_package(b, rel);
    } else {
        fprintf(stderr, "krait_bundler: %s: neither %s.py nor a package directory\n", rel, file);
        exit(1);
    }
    free(file);
}

static void put_u32(unsigned char *p, uint32_t v) {
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

// The bundle's bytes (layout: src/vm/import_bundle.c).
static unsigned char *serialize(Bundle *b, size_t *size) {
    qsort(b->items, b->count, sizeof(Item), by_name);
    for (size_t i = 1; i < b->count; i++) {
        if (strcmp(b->items[i - 1].name, b->items[i].name) == 0) {
            fprintf(stderr, "krait_bundler: %s is listed twice\n", b->items[i].name);
            exit(1);
        }
    }
    size_t total = 16 + 20 * b->count;
    for (size_t i = 0; i < b->count; i++) {
        total += strlen(b->items[i].name) + b->items[i].len;
    }
    if (total > UINT32_MAX) {
        fputs("krait_bundler: the bundle is over 4 GiB\n", stderr);
        exit(1);
    }
    unsigned char *out = xmalloc(total);
    memcpy(out, "KRSTDLIB", 8);
    put_u32(out + 8, (uint32_t)krait_bytecode_magic());
    put_u32(out + 12, (uint32_t)b->count);
    size_t at = 16 + 20 * b->count;
    for (size_t i = 0; i < b->count; i++) {
        Item *it = &b->items[i];
        unsigned char *e = out + 16 + 20 * i;
        size_t nlen = strlen(it->name);
        put_u32(e, (uint32_t)at);
        put_u32(e + 4, (uint32_t)nlen);
        memcpy(out + at, it->name, nlen);
        at += nlen;
        put_u32(e + 8, (uint32_t)at);
        put_u32(e + 12, (uint32_t)it->len);
        put_u32(e + 16, it->kind);
        memcpy(out + at, it->data, it->len);
        at += it->len;
    }
    *size = total;
    return out;
}

// A C file defining kr_stdlib_bundle as one string literal (compilers read
// those far faster than a brace list of numbers).
static int write_c(const char *path, const unsigned char *data, size_t size) {
    FILE *f = fopen(path, "wb");
    if (!f) {
        return -1;
    }
    fputs("// Generated by krait_bundler (src/cli/bundler.c): do not edit.\n"
          "// CPython's Lib/ compiled by Krait; CPython's code is under the PSF License,\n"
          "// whose text is the bundle's LICENSE entry.\n"
          "#include <stddef.h>\n\n"
          "const unsigned char kr_stdlib_bundle[] =\n\"",
          f);
    for (size_t i = 0; i < size; i++) {
        unsigned char c = data[i];
        if (i > 0 && i % 100 == 0) {
            fputs("\"\n\"", f);
        }
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') {
            fputc(c, f);
        } else {
            fprintf(f, "\\%03o", c);
        }
    }
    fprintf(f, "\";\nconst size_t kr_stdlib_bundle_size = %zu;\n", size);
    return fclose(f);
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fputs("usage: krait_bundler SRC_DIR LIST OUT.bundle OUT.c\n", stderr);
        return 2;
    }
    Bundle b = {0};
    b.src = argv[1];
    b.vm = krait_new(NULL);
    if (!b.vm) {
        fputs("krait_bundler: can't create the interpreter\n", stderr);
        return 1;
    }
    size_t len;
    char *list = read_file(argv[2], &len);
    if (!list) {
        fprintf(stderr, "krait_bundler: can't read %s\n", argv[2]);
        return 1;
    }
    for (char *line = strtok(list, "\n"); line; line = strtok(NULL, "\n")) {
        char *hash = strchr(line, '#');
        if (hash) {
            *hash = '\0';
        }
        char *end = line + strlen(line);
        while (end > line && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')) {
            *--end = '\0';
        }
        while (*line == ' ' || *line == '\t') {
            line++;
        }
        if (*line) {
            add_entry(&b, line);
        }
    }
    free(list);
    char *license_path = xmalloc(strlen(b.src) + sizeof "/LICENSE.txt");
    sprintf(license_path, "%s/LICENSE.txt", b.src);
    char *license = read_file(license_path, &len);
    if (!license) {
        fprintf(stderr, "krait_bundler: can't read %s (the PSF License ships with every bundle)\n", license_path);
        return 1;
    }
    add(&b, xstrdup("LICENSE"), license, len, 2);
    size_t size;
    unsigned char *data = serialize(&b, &size);
    FILE *f = fopen(argv[3], "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0 || write_c(argv[4], data, size) != 0) {
        fprintf(stderr, "krait_bundler: can't write %s / %s\n", argv[3], argv[4]);
        return 1;
    }
    printf("krait_bundler: %zu modules, %zu bytes%s\n", b.count - 1, size, b.skipped ? " (some skipped)" : "");
    for (size_t i = 0; i < b.count; i++) {
        free(b.items[i].name);
        free(b.items[i].data);
    }
    free(b.items);
    free(data);
    free(license_path);
    krait_free(b.vm);
    return 0;
}
