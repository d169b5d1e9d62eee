/* Levenshtein distance over Unicode code points, two rows of the DP table at a time. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *distance(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "UU", &a, &b))
        return NULL;
    Py_ssize_t n = PyUnicode_GetLength(a), m = PyUnicode_GetLength(b);
    Py_ssize_t *prev = PyMem_Malloc((m + 1) * sizeof(Py_ssize_t));
    Py_ssize_t *cur = PyMem_Malloc((m + 1) * sizeof(Py_ssize_t));
    if (!prev || !cur) {
        PyMem_Free(prev);
        PyMem_Free(cur);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t j = 0; j <= m; j++)
        prev[j] = j;
    for (Py_ssize_t i = 1; i <= n; i++) {
        Py_UCS4 ca = PyUnicode_ReadChar(a, i - 1);
        cur[0] = i;
        for (Py_ssize_t j = 1; j <= m; j++) {
            Py_ssize_t cost = ca == PyUnicode_ReadChar(b, j - 1) ? 0 : 1;
            Py_ssize_t best = prev[j - 1] + cost;
            if (prev[j] + 1 < best) best = prev[j] + 1;
            if (cur[j - 1] + 1 < best) best = cur[j - 1] + 1;
            cur[j] = best;
        }
        Py_ssize_t *t = prev; prev = cur; cur = t;
    }
    Py_ssize_t result = prev[m];
    PyMem_Free(prev);
    PyMem_Free(cur);
    return PyLong_FromSsize_t(result);
}

static PyMethodDef methods[] = {
    {"distance", distance, METH_VARARGS, "Levenshtein distance of two strings."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_distance", NULL, -1, methods};

PyMODINIT_FUNC PyInit__distance(void) { return PyModule_Create(&module); }
