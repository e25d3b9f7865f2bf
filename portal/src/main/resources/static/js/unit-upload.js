// Evidence upload of a plan row: a file dropped on the zone or chosen with the file input (keyboard users) is
// sent as the request body, with the fields in the query, so the portal streams it to the evidence API without
// parsing a form; upload progress shows in the bar, and the answer (the new item or the API's problem) below it.
(function () {
  var form = document.getElementById('form-unggah');
  if (!form) { return; }
  var zone = document.getElementById('zona-unggah');
  var input = document.getElementById('berkas');
  var nameOut = document.getElementById('nama-berkas');
  var bar = document.getElementById('kemajuan');
  var result = document.getElementById('hasil');
  var button = document.getElementById('unggah');
  var dropped = null;

  function chosen(file) {
    nameOut.textContent = file ? file.name + ' (' + Math.max(1, Math.round(file.size / 1024)) + ' KB)' : '';
    var title = document.getElementById('judul');
    if (file && !title.value) { title.value = file.name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' '); }
  }

  input.addEventListener('change', function () { dropped = null; chosen(input.files[0]); });
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.remove('over'); });
  });
  zone.addEventListener('drop', function (event) {
    if (event.dataTransfer && event.dataTransfer.files.length) {
      dropped = event.dataTransfer.files[0];
      try { input.files = event.dataTransfer.files; dropped = null; } catch (e) { /* older browsers: keep the dropped file */ }
      input.required = !dropped;
      chosen(dropped || input.files[0]);
    }
  });

  function refreshList() {
    // the row's list as the server now has it, so the new item shows with its review state
    fetch(window.location.href, { credentials: 'same-origin' }).then(function (response) { return response.text(); }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html');
      ['bukti-baris', 'kelengkapan'].forEach(function (id) {
        var now = document.getElementById(id);
        var next = fresh.getElementById(id);
        if (now && next) { now.replaceWith(next); }
      });
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = dropped || input.files[0];
    if (!file) { input.focus(); return; }
    var params = new URLSearchParams();
    ['kind', 'title', 'effectiveDate', 'year', 'planRow', 'description'].forEach(function (name) {
      var field = form.elements[name];
      if (field && field.value) { params.append(name, field.value); }
    });
    params.append('fileName', file.name);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.getAttribute('data-action') + '?' + params.toString());
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { xhr.setRequestHeader(header.content, token.content); }
    bar.hidden = false;
    bar.value = 0;
    button.disabled = true;
    result.innerHTML = '';
    xhr.upload.addEventListener('progress', function (progress) {
      if (progress.lengthComputable) { bar.value = Math.round(progress.loaded * 100 / progress.total); }
    });
    xhr.addEventListener('load', function () {
      bar.value = 100;
      button.disabled = false;
      // our answer is a piece of page; a whole page (signed out, service down) is told in one line instead
      result.innerHTML = /<html/i.test(xhr.responseText)
        ? '<p class="warning" role="alert">' + form.getAttribute('data-offline') + ' (HTTP ' + xhr.status + ')</p>'
        : xhr.responseText;
      if (xhr.status === 201) {
        form.reset();
        dropped = null;
        input.required = true;
        chosen(null);
        refreshList();
      }
    });
    xhr.addEventListener('error', function () {
      button.disabled = false;
      result.innerHTML = '<p class="warning" role="alert">' + form.getAttribute('data-offline') + '</p>';
    });
    xhr.send(file);
  });
})();
