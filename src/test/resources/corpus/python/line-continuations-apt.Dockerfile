FROM python:3.10-bullseye
RUN apt-get update \
    && apt-get install -y \
        libgdal-dev \
        gdal-bin \
    && rm -rf /var/lib/apt/lists/*
ENV CPLUS_INCLUDE_PATH=/usr/include/gdal C_INCLUDE_PATH=/usr/include/gdal
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "tiles.py"]
