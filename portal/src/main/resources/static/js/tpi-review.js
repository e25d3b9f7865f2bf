// The review queue: a rejection or a request for changes needs a reason, said before anything is sent. Runs in
// the capture phase, so neither the browser nor htmx sends a form that lacks one; the API checks it again.
(function () {
  function reasonField(form) {
    return form.querySelector('[name="reason"]');
  }

  function say(form, field, message) {
    var error = document.getElementById(field.id + '-galat');
    if (error) {
      error.textContent = message;
    }
    field.setAttribute('aria-invalid', message ? 'true' : 'false');
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-reason-required')) {
      return;
    }
    var decision = event.submitter && event.submitter.name === 'decision' ? event.submitter.value : null;
    var field = reasonField(form);
    if (form.id === 'massal' && document.querySelectorAll('input[name="ids"][form="massal"]:checked').length === 0) {
      event.preventDefault();
      event.stopPropagation();
      say(form, field, form.getAttribute('data-none-chosen'));
      return;
    }
    if (decision === 'ACCEPT' || !field) {
      if (field) {
        say(form, field, '');
      }
      return;
    }
    if (field.value.trim() === '') {
      event.preventDefault();
      event.stopPropagation();
      say(form, field, form.getAttribute('data-need-reason'));
      field.focus();
    } else {
      say(form, field, '');
    }
  }, true);

  // "tick all" ticks every row of the queue for the bulk form
  document.addEventListener('change', function (event) {
    if (event.target && event.target.id === 'pilih-semua') {
      document.querySelectorAll('input[name="ids"][form="massal"]').forEach(function (box) {
        box.checked = event.target.checked;
      });
    }
  });
})();
