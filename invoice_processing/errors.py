"""The product's error tree. Every error has a stable ``code`` and a message meant for people.

    InvoiceError                      code              status
    ├── InputError                                        400
    │   ├── MissingInput              missing_input       400
    │   ├── InvalidUrl                invalid_url         400
    │   ├── DownloadRefused           download_refused    400
    │   └── UrlNotFetchable           url_not_fetchable   400
    ├── Unauthorized                  unauthorized        401
    ├── MethodNotAllowed              method_not_allowed  405
    ├── PayloadTooLarge               payload_too_large   413
    ├── NotAPdf                       not_a_pdf           415
    ├── UnprocessablePdf                                  422
    │   ├── EncryptedPdf              encrypted_pdf       422
    │   ├── CorruptPdf                corrupt_pdf         422
    │   ├── TooManyPages              too_many_pages      422
    │   └── NoProductsFound           no_products         422
    ├── UpstreamError (retryable)                         502/503/504
    │   ├── DownloadFailed            download_failed     502
    │   ├── BackendUnavailable        backend_unavailable 503
    │   ├── ExtractionFailed          extraction_failed   503
    │   ├── SheetWriteFailed          sheet_write_failed  503
    │   │   ├── SheetWriteInProgress  sheet_write_in_progress 503
    │   │   └── SheetQuotaSpent       sheet_quota_spent   503
    │   └── DeadlineExceeded          deadline_exceeded   504
    └── ConfigurationError            configuration_error 500

Messages never contain invoice text, credentials or exception text from libraries; ``detail``
is kept for the log record only and must itself be free of secrets.
"""

from __future__ import annotations


class InvoiceError(Exception):
    code = "internal_error"
    status = 500
    retryable = False
    message = "Something went wrong on our side. Try again later."

    def __init__(self, message: str | None = None, *, detail: str = "", retry_after: int = 0):
        self.message = message or type(self).message
        self.detail = detail
        self.retry_after = retry_after
        super().__init__(self.message)


class InputError(InvoiceError):
    code = "invalid_input"
    status = 400
    message = "The request did not contain a usable invoice."


class MissingInput(InputError):
    code = "missing_input"
    message = (
        "No invoice found in the request. Send the PDF in the 'invoice_file' form field, "
        "a URL in 'file_url', a JSON body {\"file_url\": ...}, or a raw application/pdf body."
    )


class InvalidUrl(InputError):
    code = "invalid_url"
    message = "The file URL is not a valid http(s) URL."


class DownloadRefused(InputError):
    code = "download_refused"
    message = "The file URL points somewhere this service will not download from."


class UrlNotFetchable(InputError):
    code = "url_not_fetchable"
    message = (
        "The file URL answered with an error (for example 404 or 403). Check that the link is "
        "public and has not expired, then send it again."
    )


class Unauthorized(InvoiceError):
    code = "unauthorized"
    status = 401
    message = "Missing or wrong webhook token. Send it in the X-Webhook-Token header."


class MethodNotAllowed(InvoiceError):
    code = "method_not_allowed"
    status = 405
    message = "Only POST is accepted."


class PayloadTooLarge(InvoiceError):
    code = "payload_too_large"
    status = 413
    message = "The file is larger than this service accepts."


class NotAPdf(InvoiceError):
    code = "not_a_pdf"
    status = 415
    message = "The file is not a PDF (it does not start with %PDF). Send the invoice as a PDF."


class UnprocessablePdf(InvoiceError):
    code = "unprocessable_pdf"
    status = 422
    message = "The PDF could not be processed."


class EncryptedPdf(UnprocessablePdf):
    code = "encrypted_pdf"
    message = "The PDF is password-protected. Send an unprotected copy."


class CorruptPdf(UnprocessablePdf):
    code = "corrupt_pdf"
    message = "The PDF is damaged or has no pages. Re-export or re-download it and try again."


class TooManyPages(UnprocessablePdf):
    code = "too_many_pages"
    message = "The PDF has more pages than this service accepts."


class NoProductsFound(UnprocessablePdf):
    code = "no_products"
    message = (
        "No product lines were found in this PDF. Check that it is an invoice or order "
        "confirmation with a product table; scanned images without text need a cloud backend."
    )


class UpstreamError(InvoiceError):
    code = "upstream_error"
    status = 503
    retryable = True
    message = "A service this function depends on failed. Retrying later should work."

    def __init__(self, message: str | None = None, *, detail: str = "", retry_after: int = 30):
        super().__init__(message, detail=detail, retry_after=retry_after)


class DownloadFailed(UpstreamError):
    code = "download_failed"
    status = 502
    message = "The file URL could not be downloaded. Check that the link works and try again."


class BackendUnavailable(UpstreamError):
    code = "backend_unavailable"
    message = "No extraction backend is available right now. Retry later."


class ExtractionFailed(UpstreamError):
    code = "extraction_failed"
    message = "Every extraction backend failed for this invoice. Retry later."


class SheetWriteFailed(UpstreamError):
    code = "sheet_write_failed"
    message = "The rows could not be written to the sheet. Nothing was written; retry later."


class SheetWriteInProgress(SheetWriteFailed):
    code = "sheet_write_in_progress"
    message = (
        "This invoice is being written to the sheet by an earlier request. Retry later: "
        "the retry will answer with the rows already written, never a second copy."
    )


class SheetQuotaSpent(SheetWriteFailed):
    code = "sheet_quota_spent"
    message = (
        "The sheet's write quota for this minute is used up, so this invoice was not read or written yet. "
        "Retry after the time in Retry-After."
    )


class DeadlineExceeded(UpstreamError):
    code = "deadline_exceeded"
    status = 504
    message = "Processing ran out of time. Retry later."


class ConfigurationError(InvoiceError):
    code = "configuration_error"
    status = 500
    message = "The service is misconfigured. An operator must fix its settings."
