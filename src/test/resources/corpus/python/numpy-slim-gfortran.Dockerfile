FROM python:3.10-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc g++ gfortran libopenblas-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /work
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY model/ model/
COPY predict.py .
ENTRYPOINT ["python", "predict.py"]
