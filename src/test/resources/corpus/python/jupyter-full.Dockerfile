FROM python:3.10
RUN pip install --no-cache-dir jupyterlab pandas matplotlib
WORKDIR /notebooks
COPY notebooks/ .
EXPOSE 8888
CMD ["jupyter", "lab", "--ip=0.0.0.0", "--no-browser", "--allow-root"]
