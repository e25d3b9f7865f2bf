// Sends the survey straight to the public API. The idempotency key is fixed when the page is rendered:
// a retry after a lost connection sends the same key, so the answers count once.
(function () {
  const form = document.getElementById('survei');
  if (!form) {
    return;
  }
  const button = document.getElementById('kirim');
  const message = document.getElementById('pesan');

  function clearErrors() {
    form.querySelectorAll('.error').forEach(function (p) { p.hidden = true; p.textContent = ''; });
    form.querySelectorAll('.missing').forEach(function (q) { q.classList.remove('missing'); });
  }

  function showError(field, text) {
    const code = field.replace(/^answers\./, '').replace(/^profile\./, '');
    const box = document.getElementById((field.startsWith('profile.') ? 'p-' : 'q-') + code);
    if (!box) {
      return false;
    }
    const p = box.querySelector('.error');
    p.textContent = text;
    p.hidden = false;
    box.classList.add('missing');
    return true;
  }

  function collect() {
    const answers = {};
    const missing = [];
    form.querySelectorAll('fieldset.question').forEach(function (q) {
      const code = q.id.substring(2);
      const checked = q.querySelector('input:checked');
      if (checked) {
        answers[code] = Number(checked.value);
      } else {
        missing.push(code);
      }
    });
    const profile = {};
    form.querySelectorAll('[data-profile]').forEach(function (input) {
      if (input.value) {
        profile[input.dataset.profile] = input.value;
      }
    });
    return { answers: answers, profile: profile, missing: missing };
  }

  // An answer chosen clears that question's reminder at once.
  form.addEventListener('change', function (event) {
    const box = event.target.closest('fieldset.question, .profile-field');
    if (box) {
      box.classList.remove('missing');
      const p = box.querySelector('.error');
      if (p) {
        p.hidden = true;
      }
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearErrors();
    const body = collect();
    if (body.missing.length > 0) {
      body.missing.forEach(function (code) { showError('answers.' + code, form.dataset.msgPick); });
      message.textContent = form.dataset.msgMissing.replace('{0}', body.missing.length);
      document.getElementById('q-' + body.missing[0]).scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    button.disabled = true;
    message.textContent = form.dataset.msgSending;
    const headers = { 'Content-Type': 'application/json' };
    headers[form.dataset.keyHeader] = form.dataset.key;
    const payload = { answers: body.answers };
    if (Object.keys(body.profile).length > 0) {
      payload.profile = body.profile;
    }
    fetch(form.dataset.path, { method: 'POST', headers: headers, body: JSON.stringify(payload) })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) { return { status: response.status, json: json }; });
      })
      .then(function (reply) {
        if (reply.status === 200 || reply.status === 201) {
          form.hidden = true;
          document.getElementById('terima-kasih-teks').textContent = form.dataset.thanks;
          document.getElementById('terima-kasih').hidden = false;
          window.scrollTo(0, 0);
          return;
        }
        button.disabled = false;
        if (reply.status === 429) {
          message.textContent = form.dataset.msgTooMany;
        } else if (reply.status === 410) {
          message.textContent = form.dataset.msgGone;
        } else if (reply.json && reply.json.field && showError(reply.json.field, reply.json.detail || form.dataset.msgCheck)) {
          message.textContent = form.dataset.msgCheckMarked;
        } else {
          message.textContent = (reply.json && reply.json.detail) || form.dataset.msgNotSent;
        }
      })
      .catch(function () {
        button.disabled = false;
        message.textContent = form.dataset.msgOffline;
      });
  });
})();
