/* Geohash encoding (base32, interleaved longitude/latitude bits). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static const char BASE32[] = "0123456789bcdefghjkmnpqrstuvwxyz";

static PyObject *encode(PyObject *self, PyObject *args)
{
    double lat, lon;
    int precision = 9;
    if (!PyArg_ParseTuple(args, "dd|i", &lat, &lon, &precision))
        return NULL;
    if (precision < 1 || precision > 12) {
        PyErr_SetString(PyExc_ValueError, "precision must be 1..12");
        return NULL;
    }
    double lat_lo = -90, lat_hi = 90, lon_lo = -180, lon_hi = 180;
    char out[13];
    int bit = 0, ch = 0, even = 1, n = 0;
    while (n < precision) {
        if (even) {
            double mid = (lon_lo + lon_hi) / 2;
            if (lon >= mid) { ch = (ch << 1) | 1; lon_lo = mid; } else { ch <<= 1; lon_hi = mid; }
        } else {
            double mid = (lat_lo + lat_hi) / 2;
            if (lat >= mid) { ch = (ch << 1) | 1; lat_lo = mid; } else { ch <<= 1; lat_hi = mid; }
        }
        even = !even;
        if (++bit == 5) {
            out[n++] = BASE32[ch];
            bit = 0;
            ch = 0;
        }
    }
    return PyUnicode_FromStringAndSize(out, precision);
}

static PyMethodDef methods[] = {
    {"encode", encode, METH_VARARGS, "encode(lat, lon, precision=9) -> geohash"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_geohash", "C geohash", -1, methods};

PyMODINIT_FUNC PyInit__geohash(void) { return PyModule_Create(&module); }
