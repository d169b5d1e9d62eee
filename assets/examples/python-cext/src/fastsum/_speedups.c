/* fastsum._speedups: one function written in C, compiled when the package is installed. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *sum_of_squares(PyObject *self, PyObject *args) {
    long long n, total = 0;
    if (!PyArg_ParseTuple(args, "L", &n)) return NULL;
    for (long long i = 1; i <= n; i++) total += i * i;
    return PyLong_FromLongLong(total);
}

static PyMethodDef methods[] = {
    {"sum_of_squares", sum_of_squares, METH_VARARGS, "Sum of i*i for i in 1..n."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_speedups", "Sums in C.", -1, methods};

PyMODINIT_FUNC PyInit__speedups(void) { return PyModule_Create(&module); }
