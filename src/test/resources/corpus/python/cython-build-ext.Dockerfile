FROM python:3.11
WORKDIR /app
COPY . .
RUN pip install cython numpy && python setup.py build_ext --inplace
CMD ["python", "-m", "geohash"]
